package org.pressroom.content;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Renews every cached page once a transaction that saved content has committed, whoever saved it (the
 * back office, a scheduled publication, the demo). Hibernate creates it through Spring, so it gets the
 * node's {@link ContentVersion}.
 */
class ContentChangeListener {

    private final ContentVersion version;

    ContentChangeListener(ContentVersion version) {
        this.version = version;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    version.renew();
                }
            });
        } else {
            version.renew();
        }
    }
}
