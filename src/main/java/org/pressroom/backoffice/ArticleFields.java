package org.pressroom.backoffice;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.pressroom.content.ArticleEditing.ArticleForm;
import org.pressroom.content.ArticleEditing.ArticleVersion;
import org.pressroom.content.ArticleType;
import org.pressroom.content.EditorialRefusal.Problem;

/**
 * The form's values as typed (a deadline or an id that does not parse is kept as it was written), per language.
 * A language whose every field is empty has no version. Public only for the templates, which read it.
 */
public record ArticleFields(String type, String eventId, String leadPhotoId, String deadline, Map<String, ArticleVersion> versions) {

    static ArticleFields of(ArticleForm form) {
        return new ArticleFields(form.type() == null ? "" : form.type().code(), form.eventId() == null ? "" : form.eventId().toString(),
                form.leadPhotoId() == null ? "" : form.leadPhotoId().toString(),
                form.accreditationDeadline() == null ? "" : LocalDateTime.ofInstant(form.accreditationDeadline(), ZoneOffset.UTC).toString(),
                form.versions());
    }

    static ArticleFields read(HttpServletRequest request, List<String> languages) {
        Map<String, ArticleVersion> versions = new LinkedHashMap<>();
        for (String lang : languages) {
            ArticleVersion version = version(request, lang);
            if (!blank(version)) {
                versions.put(lang, version);
            }
        }
        return new ArticleFields(value(request, "type"), value(request, "eventId"), value(request, "leadPhotoId"),
                value(request, "accreditationDeadline"), versions);
    }

    static ArticleVersion version(HttpServletRequest request, String lang) {
        String at = "versions." + lang + ".";
        return new ArticleVersion(value(request, at + "title"), value(request, at + "slug"), value(request, at + "lead"),
                value(request, at + "body"), value(request, at + "advisoryGeneral"), value(request, at + "advisoryProgramme"),
                value(request, at + "advisoryAccess"), value(request, at + "advisoryAccreditation"));
    }

    /**
     * With the stored versions in languages the site no longer offers, which the page cannot show: a save from it
     * must not remove them.
     */
    ArticleFields keeping(ArticleForm stored, List<String> languages) {
        Map<String, ArticleVersion> all = new LinkedHashMap<>(versions);
        stored.versions().forEach((lang, version) -> {
            if (!languages.contains(lang)) {
                all.put(lang, version);
            }
        });
        return new ArticleFields(type, eventId, leadPhotoId, deadline, all);
    }

    /** The values as the editing service takes them; what cannot be read is added to {@code problems}. */
    ArticleForm form(List<Problem> problems) {
        ArticleType chosen = ArticleType.fromCode(type).orElse(null);
        Instant at = null;
        if (!deadline.isBlank()) {
            try {
                at = LocalDateTime.parse(deadline.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException malformed) {
                problems.add(Problem.of("accreditationDeadline", "backoffice.workflow.bad-time", deadline));
            }
        }
        return new ArticleForm(chosen, id("eventId", eventId, problems), id("leadPhotoId", leadPhotoId, problems), at, versions);
    }

    public ArticleVersion in(String lang) {
        return versions.getOrDefault(lang, new ArticleVersion("", "", "", "", "", "", "", ""));
    }

    private static Long id(String field, String value, List<Problem> problems) {
        if (value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            problems.add(Problem.of(field, "editorial.link.missing", value));
            return null;
        }
        return Long.valueOf(value.strip());
    }

    private static boolean blank(ArticleVersion v) {
        return List.of(v.title(), v.slug(), v.lead(), v.body(), v.advisoryGeneral(), v.advisoryProgramme(), v.advisoryAccess(),
                v.advisoryAccreditation()).stream().allMatch(String::isBlank);
    }

    private static String value(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name)).orElse("");
    }
}
