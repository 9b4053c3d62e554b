package org.minutebook.command.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sends a command and answers with what was recorded (the HTTP status is the controller's, the headers
 * {@link RecordedHeaders}'). With an {@code Idempotency-Key}, the key, the command's events and the answer commit
 * together, so a retry can never record a fact twice. Commands to one meeting are
 * serialised by a database lock held to the commit, across every instance of the command side.
 */
@Component
public class CommandDispatch {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** A request id is stored with every event and shown in the history: bounded, and nothing to escape. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Visible ASCII only: a key is compared byte for byte, so nothing that could look alike may be in it. */
    private static final Pattern IDEMPOTENCY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final CommandGateway commands;
    private final IdempotencyKeys idempotencyKeys;
    private final QuerySideLinks links;
    private final ObjectMapper json;
    private final RecordLocks recordLocks;
    private final CachedRecords cachedRecords;
    private final CouncilScope councilScope;

    CommandDispatch(CommandGateway commands, IdempotencyKeys idempotencyKeys, QuerySideLinks links,
                    ObjectMapper json, RecordLocks recordLocks, CachedRecords cachedRecords, CouncilScope councilScope) {
        this.commands = commands;
        this.councilScope = councilScope;
        this.cachedRecords = cachedRecords;
        this.recordLocks = recordLocks;
        this.idempotencyKeys = idempotencyKeys;
        this.links = links;
        this.json = json;
    }

    /** Records a fact about a meeting; {@code factId} names what was created (an item, a question…), or null. */
    @Transactional
    public Recorded meetingFact(Object command, String meetingId, String factId) {
        return send(idempotencyKey(), command, meetingId, factId, links.meeting(meetingId));
    }

    /** Records a fact about a committee. */
    @Transactional
    public Recorded committeeFact(Object command, String committeeId, String factId) {
        return send(idempotencyKey(), command, committeeId, factId, links.committee(committeeId));
    }

    /** The request's {@code Idempotency-Key}, if any; first, its {@code X-Request-Id} is checked. */
    private static String idempotencyKey() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        String requestId = request.getHeader(RecordedBy.REQUEST_ID_HEADER);
        if (requestId != null && !REQUEST_ID.matcher(requestId).matches()) {
            throw new InvalidRequest(List.of(new InvalidRequest.FieldError(RecordedBy.REQUEST_ID_HEADER,
                    "must be 1 to 128 letters, digits or . _ : - (a UUID, say)")));
        }
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && !IDEMPOTENCY.matcher(key).matches()) {
            throw new InvalidRequest(List.of(new InvalidRequest.FieldError(IDEMPOTENCY_KEY,
                    "must be 1 to 200 visible ASCII characters, no spaces (a UUID, say)")));
        }
        return key;
    }

    private Recorded send(String idempotencyKey, Object command, String recordId, String factId, URI location) {
        councilScope.check(command, recordId);
        recordLocks.lock(recordId);
        cachedRecords.beforeCommand(recordId);
        Optional<String> earlier = Optional.ofNullable(idempotencyKey).flatMap(idempotencyKeys::claim);
        if (earlier.isPresent()) {
            return fromJson(earlier.get());
        }
        long version = ((Number) commands.sendAndWait(command)).longValue();
        cachedRecords.afterCommand(recordId, version);
        Recorded recorded = new Recorded(recordId, version, factId, location);
        if (idempotencyKey != null) {
            idempotencyKeys.store(idempotencyKey, toJson(recorded));
        }
        return recorded;
    }

    private Recorded fromJson(String stored) {
        try {
            return json.readValue(stored, Recorded.class);
        } catch (JsonProcessingException e) {
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
