package org.pressroom.content;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressroom.content.ArticleEditing.ArticleForm;
import org.pressroom.content.ArticleEditing.ArticleVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every save keeps a revision; two revisions compare word by word; restoring one saves it again as a new one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EditorialTestSupport.class)
class RevisionTests {

    static final java.util.UUID EDITOR = org.pressroom.TestAccounts.id(5);

    @Autowired
    ArticleEditing articles;
    @Autowired
    Workflow workflow;
    @Autowired
    Revisions revisions;
    @Autowired
    org.pressroom.MutableClock clock;

    static ArticleForm form(String title, String body, String french) {
        Map<String, ArticleVersion> versions = new java.util.HashMap<>();
        versions.put("en", ArticleVersion.of(title, "Lead.", body));
        if (french != null) {
            versions.put("fr", ArticleVersion.of(french, "Chapeau.", "<p>Corps.</p>"));
        }
        return new ArticleForm(ArticleType.NEWS, null, null, null, versions);
    }

    @Test
    void everySaveAndTransitionKeepsARevisionWithWhoAndWhy() {
        var created = articles.create(form("Revised fishing quotas", "<p>The council set new quotas.</p>", null), EDITOR);
        ContentItem item = created.state().item();
        var updated = articles.update(item.id(), created.state().version(),
                form("Revised fishing quotas", "<p>The council set lower quotas for cod.</p>", "Quotas de pêche révisés"), EDITOR);
        workflow.publish(item, org.pressroom.TestAccounts.id(6));

        List<Revisions.Revision> history = revisions.history(item);
        assertThat(history).extracting(Revisions.Revision::number).containsExactly(3, 2, 1);
        assertThat(history).extracting(Revisions.Revision::action).containsExactly("publish", "update", "create");
        assertThat(history).extracting(Revisions.Revision::accountId).containsExactly(org.pressroom.TestAccounts.id(6), EDITOR, EDITOR);
        assertThat(revisions.snapshot(item, 2)).contains("lower quotas for cod").contains("Quotas de pêche révisés");
        assertThat(updated.saved()).isTrue();
    }

    @Test
    void twoRevisionsCompareFieldByFieldAndWordByWord() {
        var created = articles.create(form("Coastal erosion report", "<p>Erosion doubled along the northern coast.</p>", null), EDITOR);
        ContentItem item = created.state().item();
        articles.update(item.id(), created.state().version(),
                form("Coastal erosion report", "<p>Erosion tripled along the whole northern coast.</p>", "Rapport sur l'érosion"), EDITOR);

        List<Revisions.FieldChange> changes = revisions.diff(item, 1, 2);

        Revisions.FieldChange body = changes.stream().filter(c -> c.field().equals("texts.en.body")).findFirst().orElseThrow();
        assertThat(body.segments()).containsExactly(
                new TextDiff.Segment(TextDiff.Change.SAME, "<p>Erosion "),
                new TextDiff.Segment(TextDiff.Change.REMOVED, "doubled"),
                new TextDiff.Segment(TextDiff.Change.ADDED, "tripled"),
                new TextDiff.Segment(TextDiff.Change.SAME, " along the"),
                new TextDiff.Segment(TextDiff.Change.ADDED, " whole"),
                new TextDiff.Segment(TextDiff.Change.SAME, " northern coast.</p>"));
        assertThat(changes).extracting(Revisions.FieldChange::field).contains("texts.fr.title").doesNotContain("texts.en.title");
        assertThat(changes.stream().filter(c -> c.field().equals("texts.fr.title")).findFirst().orElseThrow().before()).isNull();
    }

    @Test
    void restoringARevisionSavesANewOneAndLosesNothing() {
        var created = articles.create(form("Beach cleaning day", "<p>Volunteers met at dawn.</p>", null), EDITOR);
        ContentItem item = created.state().item();
        var updated = articles.update(item.id(), created.state().version(),
                form("Beach cleaning day moved", "<p>The day moves to Sunday.</p>", "Journée de nettoyage"), EDITOR);
        workflow.publish(item, EDITOR);
        clock.advance(java.time.Duration.ofMinutes(5));

        ItemState restored = revisions.restore(item, 1, EDITOR);

        ArticleForm now = articles.form(item.id());
        assertThat(now.versions()).containsOnlyKeys("en");
        assertThat(now.versions().get("en").title()).isEqualTo("Beach cleaning day");
        assertThat(now.versions().get("en").body()).isEqualTo("<p>Volunteers met at dawn.</p>");
        assertThat(restored.status()).as("the workflow state stays as it is").isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(revisions.history(item)).extracting(Revisions.Revision::action).containsExactly("restore:1", "publish", "update", "create");
        assertThat(revisions.snapshot(item, 2)).as("the replaced words are still there").contains("The day moves to Sunday.");
        assertThat(revisions.diff(item, 1, 4)).extracting(Revisions.FieldChange::field)
                .containsOnly("status", "publishedAt", "updatedAt");
        assertThat(updated.saved()).isTrue();
    }

    @Test
    void anUnknownRevisionIsRefused() {
        var created = articles.create(form("Lonely article", "<p>x</p>", null), EDITOR);
        assertThatThrownBy(() -> revisions.diff(created.state().item(), 1, 9)).isInstanceOf(EditorialRefusal.class);
    }

    @Test
    void restoringARevisionWhoseAddressIsNowAnotherArticlesIsRefusedAndChangesNothing() {
        var first = articles.create(slugged("Harbour works begin", "harbour-works"), EDITOR);
        ContentItem item = first.state().item();
        var moved = articles.update(item.id(), first.state().version(), slugged("Harbour works begin in May", "harbour-works-may"), EDITOR);
        assertThat(moved.saved()).isTrue();
        assertThat(articles.create(slugged("Harbour works: the plan", "harbour-works"), EDITOR).saved()).isTrue();

        assertThatThrownBy(() -> revisions.restore(item, 1, EDITOR))
                .isInstanceOfSatisfying(EditorialRefusal.class, refusal -> assertThat(refusal.problems())
                        .extracting(EditorialRefusal.Problem::field, EditorialRefusal.Problem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("texts.en.slug", "editorial.slug.taken")));

        assertThat(articles.form(item.id()).versions().get("en").slug()).isEqualTo("harbour-works-may");
        assertThat(revisions.history(item)).extracting(Revisions.Revision::action).containsExactly("update", "create");
    }

    private static ArticleForm slugged(String title, String slug) {
        return new ArticleForm(ArticleType.NEWS, null, null, null,
                Map.of("en", new ArticleVersion(title, slug, "Lead.", "<p>Body.</p>", "", "", "", "")));
    }
}
