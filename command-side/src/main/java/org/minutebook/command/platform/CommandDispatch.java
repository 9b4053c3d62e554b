package org.minutebook.command.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.sql.SQLTransientConnectionException;
import java.util.function.Function;

/**
 * Sends a command and answers with what was recorded (the HTTP status is the controller's, the headers
 * {@link RecordedHeaders}'). The dispatch owns what every command shares, so that a controller only translates
 * HTTP and a command handler only decides:
 * <ul>
 *   <li>the record, named by the command itself (its {@code @TargetAggregateIdentifier}, from the path);</li>
 *   <li>one connection and one transaction a command, within the commands' budget ({@link CommandPermits}), and
 *   the record's lock, version and idempotency key claimed in one round trip ({@link RecordClaims}): commands to
 *   one record are serialised across every instance of the command side;</li>
 *   <li>the record's version after the command: the last event it applied ({@link AppliedEvents}), or the version
 *   it found;</li>
 *   <li>with an {@code Idempotency-Key}, the key, the command's events and the answer commit together, so a retry
 *   can never record a fact twice.</li>
 * </ul>
 */
@Component
public class CommandDispatch {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandGateway commands;
    private final RecordClaims claims;
    private final CommandPermits permits;
    private final TransactionTemplate transactions;
    private final CachedRecords cachedRecords;
    private final PromptEventStore eventStore;
    private final QuerySideLinks links;
    private final ObjectMapper json;

    CommandDispatch(CommandGateway commands, RecordClaims claims, CommandPermits permits,
                    PlatformTransactionManager transactions, CachedRecords cachedRecords, PromptEventStore eventStore,
                    QuerySideLinks links, ObjectMapper json) {
        this.commands = commands;
        this.claims = claims;
        this.permits = permits;
        this.transactions = new TransactionTemplate(transactions);
        this.cachedRecords = cachedRecords;
        this.eventStore = eventStore;
        this.links = links;
        this.json = json;
    }

    /** Records a fact about a meeting. */
    public Recorded meetingFact(Sent<?> sent) {
        return meetingFact(sent, null);
    }

    /** Records a fact about a meeting; {@code factId} names what was created (an item, a question…). */
    public Recorded meetingFact(Sent<?> sent, String factId) {
        String meetingId = TargetRecord.of(sent.command());
        return record(sent, meetingId, factId, links.meeting(meetingId));
    }

    /** Records a fact about a committee. */
    public Recorded committeeFact(Sent<?> sent) {
        return committeeFact(sent, null);
    }

    /** Records a fact about a committee; {@code factId} names what was created (a committee, a member). */
    public Recorded committeeFact(Sent<?> sent, String factId) {
        String committeeId = TargetRecord.of(sent.command());
        return record(sent, committeeId, factId, links.committee(committeeId));
    }

    /**
     * Records a fact about a record kept between meetings (a register of interests, a matter); {@code factId} names
     * what was created, {@code location} where the query side serves the record.
     */
    public Recorded recordFact(Sent<?> sent, String factId, Function<String, URI> location) {
        String recordId = TargetRecord.of(sent.command());
        return record(sent, recordId, factId, location.apply(recordId));
    }

    private Recorded record(Sent<?> sent, String recordId, String factId, URI location) {
        try (CommandPermits.Permit turn = permits.acquire()) {
            return transactions.execute(transaction -> {
                RecordClaims.Claimed claimed = claims.claim(recordId, sent.idempotency());
                if (claimed.earlierAnswer().isPresent()) {
                    return fromJson(claimed.earlierAnswer().get());
                }
                cachedRecords.beforeCommand(recordId, claimed.storedVersion());
                AppliedEvents.Versions applied = AppliedEvents.during(() -> commands.sendAndWait(sent.command()));
                long version = applied.of(recordId).orElse(claimed.storedVersion());
                cachedRecords.afterCommand(recordId, version);
                if (applied.anyApplied()) {
                    eventStore.wakeAfterCommit();
                }
                Recorded recorded = new Recorded(recordId, version, factId, location);
                sent.idempotency().ifPresent(idempotency -> claims.answer(idempotency, toJson(recorded)));
                return recorded;
            });
        } catch (SQLTransientConnectionException noTurn) {
            // answered as a connection the pool could not give in time: 503 event-store-unavailable
            throw new CannotCreateTransactionException(noTurn.getMessage(), noTurn);
        }
    }

    private Recorded fromJson(String stored) {
        try {
            return json.readValue(stored, Recorded.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable stored answer", e);
        }
    }

    private String toJson(Recorded recorded) {
        try {
            return json.writeValueAsString(recorded);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
