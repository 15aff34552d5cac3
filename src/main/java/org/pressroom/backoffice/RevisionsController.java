package org.pressroom.backoffice;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffMember;
import org.pressroom.content.ContentItem;
import org.pressroom.content.ContentKind;
import org.pressroom.content.EditorialRefusal;
import org.pressroom.content.Revisions;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An item's revisions: who changed what and when, the words changed between two revisions, and restoring one (as
 * a new revision, so that nothing is lost; the item's publication state stays as it is). Editors may restore, as
 * they may edit.
 */
@Controller
class RevisionsController {

    private final Revisions revisions;
    private final StaffAccounts staff;
    private final MessageSource messages;

    RevisionsController(Revisions revisions, StaffAccounts staff, MessageSource messages) {
        this.revisions = revisions;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/admin/items/{kind}/{id}/revisions")
    String history(@PathVariable String kind, @PathVariable String id, @RequestParam(defaultValue = "") String from,
                   @RequestParam(defaultValue = "") String to, Model model) {
        ContentItem item = item(kind, id);
        List<Revisions.Revision> history = revisions.history(item);
        if (history.isEmpty()) {
            throw notFound();
        }
        int newest = history.get(0).number();
        int right = number(to, newest, newest);
        int left = number(from, Math.max(1, right - 1), newest);
        model.addAttribute("item", item);
        model.addAttribute("history", history);
        model.addAttribute("names", history.stream().map(Revisions.Revision::accountId).distinct()
                .filter(java.util.Objects::nonNull).collect(Collectors.toMap(Function.identity(), this::name)));
        model.addAttribute("from", left);
        model.addAttribute("to", right);
        model.addAttribute("changes", left == right ? List.of() : revisions.diff(item, left, right));
        return "backoffice/revisions";
    }

    @PostMapping("/admin/items/{kind}/{id}/revisions/{number}/restore")
    String restore(@PathVariable String kind, @PathVariable String id, @PathVariable String number, Locale locale,
                   RedirectAttributes redirect) {
        ContentItem item = item(kind, id);
        if (!number.matches("\\d{1,9}")) {
            throw notFound();
        }
        UUID me = StaffAccounts.signedIn().map(AccountPrincipal::id).orElseThrow();
        try {
            revisions.restore(item, Integer.parseInt(number), me);
            redirect.addFlashAttribute("notice", "backoffice.revisions.restored");
        } catch (EditorialRefusal refusal) {
            redirect.addFlashAttribute("problems", refusal.messages(messages, locale));
        }
        return "redirect:/admin/items/" + item.kind().code() + "/" + item.id() + "/revisions";
    }

    private String name(UUID account) {
        return staff.member(account).map(StaffMember::name).orElse(account.toString().substring(0, 8));
    }

    private static int number(String value, int otherwise, int newest) {
        return value.matches("\\d{1,9}") ? Math.min(Math.max(1, Integer.parseInt(value)), newest) : otherwise;
    }

    private static ContentItem item(String kind, String id) {
        return new ContentItem(ContentKind.fromCode(kind).orElseThrow(RevisionsController::notFound),
                id.matches("\\d{1,18}") ? Long.parseLong(id) : -1);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
