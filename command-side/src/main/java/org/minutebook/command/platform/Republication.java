package org.minutebook.command.platform;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Publishes the stored events onto Kafka again from a position of the event store, by moving the publishing
 * processor's position back: for a topic that lost records (a broker's disk, a topic recreated) or a new cluster.
 * The position is written as an ordinary one, not a replay token, because Axon's publisher skips replayed events.
 * Consumers meet the events a second time; the contract is at-least-once and the projections are idempotent.
 */
@Component
class Republication {

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final TransactionManager transactions;

    Republication(EventProcessingConfiguration processing, TokenStore tokens, TransactionManager transactions) {
        this.processing = processing;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    /** Moves publication back so the event at {@code fromPosition} (the event store's global index) is next. */
    void from(long fromPosition) {
        TrackingEventProcessor publisher = processing
                .eventProcessor(Processors.PUBLICATION, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No publishing processor is configured"));
        publisher.shutDown();
        try {
            transactions.executeInTransaction(() -> {
                for (int segment : tokens.fetchSegments(Processors.PUBLICATION)) {
                    tokens.fetchToken(Processors.PUBLICATION, segment);
                    tokens.storeToken(GapAwareTrackingToken.newInstance(fromPosition - 1, List.of()),
                            Processors.PUBLICATION, segment);
                    tokens.releaseClaim(Processors.PUBLICATION, segment);
                }
            });
        } catch (UnableToClaimTokenException elsewhere) {
            throw new ClaimedElsewhere(elsewhere);
        } finally {
            publisher.start();
        }
    }

    /** Answered 409: another instance of the command side publishes now; ask that one, or stop it first. */
    static final class ClaimedElsewhere extends RuntimeException {

        ClaimedElsewhere(Throwable cause) {
            super("Another instance of the command side holds publication's position; republish from that instance",
                    cause);
        }
    }
}
