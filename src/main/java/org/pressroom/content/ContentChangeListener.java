package org.pressroom.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.pressroom.search.SearchableChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whenever a transaction saves or removes content (whoever does it: the back office, a scheduled
 * publication, the demo), raises the shared content revision in that same transaction, so every node sees
 * the change, and renews this node's cached pages once it has committed. It also notes which items changed
 * (a turn, a caption or a programme title counts for its transcript, photo or event) and, once the
 * transaction has committed, tells search. Hibernate creates it through Spring, so it gets its collaborators
 * injected.
 */
class ContentChangeListener {

    private static final Object MARK = new Object();

    private final ContentVersion version;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    /** The transaction manager is asked for only when needed: it is built after Hibernate, which builds this. */
    ContentChangeListener(ContentVersion version, JdbcClient jdbc, ApplicationEventPublisher publisher,
                          ObjectProvider<PlatformTransactionManager> transactions) {
        this.version = version;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.transactions = transactions;
    }

    /** What changed in one transaction: items by key, and parts whose item is found after the commit. */
    private static final class Changes {
        final Set<String> items = new HashSet<>();
        final Set<Long> transcriptTexts = new HashSet<>();
        final Set<Long> programmeItems = new HashSet<>();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            version.renew();
            Changes changes = new Changes();
            note(entity, changes);
            tellSearch(changes);
            return;
        }
        Changes bound = (Changes) TransactionSynchronizationManager.getResource(MARK);
        if (bound != null) {
            note(entity, bound);
            return;
        }
        Changes changes = new Changes();
        note(entity, changes);
        TransactionSynchronizationManager.bindResource(MARK, changes);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                jdbc.sql("update content_revision set revision = revision + 1 where id = 1").update();
            }

            @Override
            public void afterCommit() {
                tellSearch(changes);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MARK);
                if (status == STATUS_COMMITTED) {
                    version.renew();
                }
            }
        });
    }

    private static void note(Object entity, Changes changes) {
        if (entity instanceof Article a) {
            changes.items.add(ContentSearchSource.ARTICLE + a.id);
        } else if (entity instanceof ArticleText t && t.articleId != null) {
            changes.items.add(ContentSearchSource.ARTICLE + t.articleId);
        } else if (entity instanceof Event e) {
            changes.items.add(ContentSearchSource.EVENT + e.id);
        } else if (entity instanceof EventText t && t.eventId != null) {
            changes.items.add(ContentSearchSource.EVENT + t.eventId);
        } else if (entity instanceof ProgrammeItem p && p.eventId != null) {
            changes.items.add(ContentSearchSource.EVENT + p.eventId);
        } else if (entity instanceof ProgrammeItemText t && t.programmeItemId != null) {
            changes.programmeItems.add(t.programmeItemId);
        } else if (entity instanceof Transcript x) {
            changes.items.add(ContentSearchSource.TRANSCRIPT + x.id);
        } else if (entity instanceof TranscriptText t && t.transcriptId != null) {
            changes.items.add(ContentSearchSource.TRANSCRIPT + t.transcriptId);
        } else if (entity instanceof TranscriptTurn u && u.transcriptTextId != null) {
            changes.transcriptTexts.add(u.transcriptTextId);
        } else if (entity instanceof Photo p) {
            changes.items.add(ContentSearchSource.PHOTO + p.id);
        } else if (entity instanceof PhotoText t && t.photoId != null) {
            changes.items.add(ContentSearchSource.PHOTO + t.photoId);
        }
        // Galleries and renditions are not searched; a new part without its parent's id yet comes with its parent.
    }

    /** After the commit: the parts' items are looked up in a transaction of their own, then search is told. */
    private void tellSearch(Changes changes) {
        Set<String> items = new HashSet<>(changes.items);
        if (!changes.transcriptTexts.isEmpty() || !changes.programmeItems.isEmpty()) {
            TransactionTemplate separateReads = new TransactionTemplate(transactions.getObject());
            separateReads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            separateReads.setReadOnly(true);
            separateReads.executeWithoutResult(status -> {
                if (!changes.transcriptTexts.isEmpty()) {
                    List<Long> ids = jdbc.sql("select transcript_id from transcript_text where id in (:ids)")
                            .param("ids", changes.transcriptTexts).query(Long.class).list();
                    ids.forEach(id -> items.add(ContentSearchSource.TRANSCRIPT + id));
                }
                if (!changes.programmeItems.isEmpty()) {
                    List<Long> ids = jdbc.sql("select event_id from programme_item where id in (:ids)")
                            .param("ids", changes.programmeItems).query(Long.class).list();
                    ids.forEach(id -> items.add(ContentSearchSource.EVENT + id));
                }
            });
        }
        if (!items.isEmpty()) {
            publisher.publishEvent(SearchableChanged.of(items));
        }
    }
}
