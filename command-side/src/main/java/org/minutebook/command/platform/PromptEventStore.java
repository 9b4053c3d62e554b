package org.minutebook.command.platform;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Axon's embedded event store, told when a command's transaction has committed. Axon wakes its reader when the
 * command's unit of work commits; but a command's unit of work joins the dispatch's transaction, which commits
 * later (with the idempotency key's answer), so the reader found nothing new and slept its fetch delay: the
 * publication, sealing and decisions processors saw a fact up to a second after it was recorded.
 */
public class PromptEventStore extends EmbeddedEventStore {

    PromptEventStore(Builder builder) {
        super(builder);
    }

    /** Wakes the reader once the current transaction commits (at once, outside one). */
    void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            afterCommit(List.of());
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                PromptEventStore.this.afterCommit(List.of());
            }
        });
    }
}
