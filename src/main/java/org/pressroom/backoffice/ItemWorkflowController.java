package org.pressroom.backoffice;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.content.ContentItem;
import org.pressroom.content.ContentKind;
import org.pressroom.content.EditorialRefusal;
import org.pressroom.content.Workflow;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The publication workflow of any editorial item, for publishers: publish now, schedule, unpublish, back to draft,
 * embargo and lift it. Times are written as the back office shows them, in UTC. Each action ends where it was asked
 * from ({@code returnTo}, a back-office address) with what came of it; a refusal is said there in words.
 */
@Controller
class ItemWorkflowController {

    private final Workflow workflow;
    private final MessageSource messages;

    ItemWorkflowController(Workflow workflow, MessageSource messages) {
        this.workflow = workflow;
        this.messages = messages;
    }

    @PostMapping("/admin/items/{kind}/{id}/{action}")
    String act(@PathVariable String kind, @PathVariable String id, @PathVariable String action,
               @RequestParam(defaultValue = "") String at, @RequestParam(defaultValue = "/admin/content") String returnTo,
               Locale locale, RedirectAttributes redirect) {
        if (!StaffAccounts.signedInRoles().contains(StaffRole.PUBLISHER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        ContentItem item = new ContentItem(ContentKind.fromCode(kind).orElseThrow(ItemWorkflowController::notFound),
                id.matches("\\d{1,18}") ? Long.parseLong(id) : -1);
        UUID me = StaffAccounts.signedIn().map(AccountPrincipal::id).orElseThrow();
        try {
            switch (action) {
                case "publish" -> workflow.publish(item, me);
                case "unpublish" -> workflow.unpublish(item, me);
                case "draft" -> workflow.backToDraft(item, me);
                case "schedule" -> workflow.schedule(item, time(at, "publishAt"), me);
                case "embargo" -> workflow.embargo(item, time(at, "embargoUntil"), me);
                case "lift-embargo" -> workflow.liftEmbargo(item, me);
                default -> throw notFound();
            }
            redirect.addFlashAttribute("notice", "backoffice.workflow.done." + action);
        } catch (EditorialRefusal refusal) {
            if (refusal.problems().stream().anyMatch(p -> p.code().equals("editorial.missing"))) {
                throw notFound();
            }
            redirect.addFlashAttribute("problems", refusal.messages(messages, locale));
        }
        boolean ours = returnTo.startsWith("/admin") && !returnTo.startsWith("//") && !returnTo.contains("\\");
        return "redirect:" + (ours ? returnTo : "/admin/content");
    }

    /** A {@code datetime-local} value, read in UTC. */
    private static Instant time(String value, String field) {
        try {
            return LocalDateTime.parse(value.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException malformed) {
            throw new EditorialRefusal(List.of(EditorialRefusal.Problem.of(field, "backoffice.workflow.bad-time", value)));
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
