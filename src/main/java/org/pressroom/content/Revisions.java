package org.pressroom.content;

import java.util.UUID;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The revision history of an item: every save keeps one (a JSON snapshot of the item and its language
 * versions), numbered from 1. Two revisions compare field by field, texts word by word; restoring one puts its
 * content back (not its status, publication time or embargo, which stay as they are now) and is itself saved as
 * a new revision, so nothing is ever lost.
 */
@Service
@Transactional(readOnly = true)
public class Revisions {

    /**
     * One saved state.
     *
     * @param accountId who saved it, or null for a scheduled job
     */
    public record Revision(int number, String action, UUID accountId, Instant at) {
    }

    /**
     * A field that differs between two revisions.
     *
     * @param field where it is, e.g. {@code texts.en.body} or {@code texts.fr.turns[3].text}
     * @param before its value in the older revision, or null when it was not there
     * @param after its value in the newer one, or null when it is gone
     * @param segments the words kept, removed and added
     */
    public record FieldChange(String field, String before, String after, List<TextDiff.Segment> segments) {
    }

    private final JdbcClient jdbc;
    private final EditorialItems items;
    private final ItemSnapshots snapshots;
    private final java.time.Clock clock;
    private final EditingChecks checks;

    Revisions(JdbcClient jdbc, EditorialItems items, ItemSnapshots snapshots, java.time.Clock clock, EditingChecks checks) {
        this.clock = clock;
        this.checks = checks;
        this.jdbc = jdbc;
        this.items = items;
        this.snapshots = snapshots;
    }

    /** Newest first. */
    public List<Revision> history(ContentItem item) {
        return jdbc.sql("select number, action, account_id, created_at from item_revision where item_type = :type and item_id = :id"
                        + " order by number desc")
                .param("type", item.kind().code()).param("id", item.id())
                .query((rs, row) -> new Revision(rs.getInt(1), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant())).list();
    }

    /** The snapshot kept as that revision, as JSON. */
    public String snapshot(ContentItem item, int number) {
        return jdbc.sql("select snapshot::text from item_revision where item_type = :type and item_id = :id and number = :number")
                .param("type", item.kind().code()).param("id", item.id()).param("number", number).query(String.class).optional()
                .orElseThrow(() -> EditorialRefusal.of("revision", "editorial.revision.missing", String.valueOf(number)));
    }

    /** What changed from revision {@code from} to revision {@code to}, field by field in a stable order. */
    public List<FieldChange> diff(ContentItem item, int from, int to) {
        Map<String, String> before = flatten(snapshots.tree(snapshot(item, from)));
        Map<String, String> after = flatten(snapshots.tree(snapshot(item, to)));
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String a = before.get(field);
            String b = after.get(field);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(field, a, b, TextDiff.of(a, b)));
            }
        }
        return changes;
    }

    /**
     * Puts the content of revision {@code number} back, as a new revision.
     *
     * @throws EditorialRefusal when an address of that revision now belongs to another item
     */
    @Transactional
    public ItemState restore(ContentItem item, int number, UUID accountId) {
        JsonNode snapshot = snapshots.tree(snapshot(item, number));
        EditingChecks.Problems problems = checks.problems();
        String table = item.kind().name().toLowerCase(java.util.Locale.ROOT) + "_text";
        snapshot.path("texts").properties().forEach(text -> problems.slug("texts." + text.getKey() + ".slug", table,
                text.getKey(), text.getValue().path("slug").asString(), item.id()));
        if (problems.any()) {
            throw new EditorialRefusal(problems.list);
        }
        Publishable p = items.get(item);
        String before = items.snapshot(p);
        snapshots.restore(p, snapshot);
        p.updatedAt = clock.instant();
        return items.saved(p, "restore:" + number, accountId, before);
    }

    /** Every leaf of the snapshot by its path, in a stable order. */
    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> leaves = new java.util.LinkedHashMap<>();
        flatten("", node, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), leaves);
            }
        } else if (node.isArray()) {
            if (node.isEmpty() || node.get(0).isValueNode()) {
                List<String> values = new ArrayList<>();
                node.forEach(value -> values.add(value.asString()));
                leaves.put(path, String.join(", ", values));
            } else {
                for (int i = 0; i < node.size(); i++) {
                    flatten(path + "[" + (i + 1) + "]", node.get(i), leaves);
                }
            }
        } else if (!node.isNull()) {
            leaves.put(path, node.asString());
        }
    }
}
