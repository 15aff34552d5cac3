package org.pressroom.backoffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pressroom.account.StaffAccounts;
import org.pressroom.site.SiteProperties;
import org.pressroom.site.SiteSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The site's settings an administrator may change without a restart: the organisation's name per language, the
 * press office's address and the brand colours. They apply over the configuration ({@code pressroom.site.*}) on every
 * page and e-mail, and can be reset to it. Each change is in the audit log with what it replaced.
 */
@Controller
class SettingsController {

    private final SiteSettings settings;
    private final AuditLog audit;
    private final StaffAccounts staff;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final org.pressroom.content.PreviewLinks previews;

    SettingsController(SiteSettings settings, AuditLog audit, StaffAccounts staff, MessageSource messages,
                       TransactionTemplate transaction, org.pressroom.content.PreviewLinks previews) {
        this.previews = previews;
        this.settings = settings;
        this.audit = audit;
        this.staff = staff;
        this.messages = messages;
        this.transaction = transaction;
    }

    @GetMapping("/admin/settings")
    String show(Locale locale, Model model) {
        SiteProperties current = settings.current();
        return page(new SiteSettings.Form(current.name(), current.contactEmail(), current.colours().brand(),
                current.colours().accent()), List.of(), locale, model);
    }

    @PostMapping("/admin/settings")
    String save(@RequestParam Map<String, String> parameters, Locale locale, Model model, RedirectAttributes redirect) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String lang : settings.configured().languages()) {
            names.put(lang, parameters.getOrDefault("name." + lang, ""));
        }
        SiteSettings.Form form = new SiteSettings.Form(names, parameters.getOrDefault("contactEmail", ""),
                parameters.getOrDefault("brand", ""), parameters.getOrDefault("accent", ""));
        List<SiteSettings.Problem> problems = transaction.execute(status -> {
            Map<String, Object> before = described(settings.current());
            List<SiteSettings.Problem> refused = settings.save(form, StaffAccounts.signedIn().orElseThrow().id());
            if (refused.isEmpty()) {
                audit.record("site.settings.changed", "site", "settings", before, described(form));
            }
            return refused;
        });
        if (!problems.isEmpty()) {
            return page(form, problems, locale, model);
        }
        redirect.addFlashAttribute("notice", "backoffice.settings.saved");
        return "redirect:/admin/settings";
    }

    @PostMapping("/admin/settings/reset")
    String reset(RedirectAttributes redirect) {
        transaction.executeWithoutResult(status -> {
            Map<String, Object> before = described(settings.current());
            settings.reset();
            audit.record("site.settings.reset", "site", "settings", before, described(settings.configured()));
        });
        redirect.addFlashAttribute("notice", "backoffice.settings.reset-done");
        return "redirect:/admin/settings";
    }

    /** Every preview link given so far stops working (a link sent to the wrong person, a leak). */
    @PostMapping("/admin/settings/previews/revoke")
    String revokePreviews(RedirectAttributes redirect) {
        transaction.executeWithoutResult(status -> {
            previews.revokeAll();
            audit.record("preview.links.revoked", "site", "previews", Map.of(), Map.of());
        });
        redirect.addFlashAttribute("notice", "backoffice.settings.previews-revoked");
        return "redirect:/admin/settings";
    }

    private String page(SiteSettings.Form form, List<SiteSettings.Problem> problems, Locale locale, Model model) {
        Map<String, String> languageNames = new LinkedHashMap<>();
        for (String lang : settings.configured().languages()) {
            languageNames.put(lang, Locale.forLanguageTag(lang).getDisplayLanguage(locale));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (SiteSettings.Problem problem : problems) {
            errors.putIfAbsent(problem.field(), messages.getMessage(problem.key(), problem.arguments().toArray(), locale));
        }
        SiteSettings.Overrides overrides = settings.overrides();
        model.addAttribute("form", form);
        model.addAttribute("languages", languageNames);
        model.addAttribute("errors", errors);
        model.addAttribute("configured", settings.configured());
        model.addAttribute("overrides", overrides);
        model.addAttribute("changedBy", overrides.updatedBy() == null ? null : staff.staff().stream()
                .filter(member -> member.id().equals(overrides.updatedBy())).map(member -> member.name()).findFirst().orElse("–"));
        return "backoffice/settings";
    }

    private static Map<String, Object> described(SiteProperties site) {
        return Map.of("names", site.name(), "contactEmail", site.contactEmail(), "brand", site.colours().brand(),
                "accent", site.colours().accent());
    }

    private static Map<String, Object> described(SiteSettings.Form form) {
        return Map.of("names", form.names(), "contactEmail", form.contactEmail().strip(), "brand", form.brand(),
                "accent", form.accent());
    }
}
