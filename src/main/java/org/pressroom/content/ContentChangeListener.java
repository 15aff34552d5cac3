package org.pressroom.content;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whenever a transaction saves or removes content (whoever does it: the back office, a scheduled
 * publication, the demo), raises the shared content revision in that same transaction, so every node sees
 * the change, and renews this node's cached pages once it has committed. Hibernate creates it through
 * Spring, so it gets its collaborators injected.
 */
class ContentChangeListener {

    private static final Object MARK = new Object();

    private final ContentVersion version;
    private final JdbcClient jdbc;

    ContentChangeListener(ContentVersion version, JdbcClient jdbc) {
        this.version = version;
        this.jdbc = jdbc;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            version.renew();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(MARK)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(MARK, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                jdbc.sql("update content_revision set revision = revision + 1 where id = 1").update();
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
}
