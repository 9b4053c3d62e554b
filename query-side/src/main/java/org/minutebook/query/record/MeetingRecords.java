package org.minutebook.query.record;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Readers;
import org.minutebook.query.platform.RenderedAnswer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the query side keeps each meeting, read by id: its answers rendered at its version ({@link StoredAnswers},
 * the minutes among them: the record itself) and a copy of each of its events ({@link EventLog}), from which the
 * record is folded as it stood at an instant or when its minutes were confirmed.
 */
@Component
public class MeetingRecords {

    private final StoredAnswers answers;
    private final EventLog events;
    private final RecordJson json;
    private final RecordFold fold;
    private final VersionWaits waits;
    private final MongoDatabase readModels;

    MeetingRecords(MongoDatabase readModels, StoredAnswers answers, RecordJson json,
                   ObjectProvider<EventUpcaster> upcasters, VersionWaits waits) {
        this.readModels = readModels;
        this.answers = answers;
        this.json = json;
        this.waits = waits;
        this.events = new EventLog(readModels, new EventCopies(json.mapper(), upcasters.orderedStream().toList()));
        this.fold = new RecordFold(json.mapper());
    }

    RecordFold fold() {
        return fold;
    }

    EventLog eventLog() {
        return events;
    }

    StoredAnswers storedAnswers() {
        return answers;
    }

    /**
     * A meeting's answer of that name as the caller may read it (the public's where exempt business makes it
     * differ), once it is at {@code minVersion} (waiting a bounded time, then saying the read model is behind);
     * without its JSON when the caller holds it already ({@code If-None-Match}). Empty when nothing of the meeting
     * is projected. One read by id.
     */
    public Optional<RenderedAnswer> answer(String meetingId, String name, Long minVersion, String readModel,
                                           String ifNoneMatch) {
        StoredAnswers.Audience audience = Readers.readExemptBusiness() ? StoredAnswers.Audience.ALL
                : StoredAnswers.Audience.PUBLIC;
        if (ifNoneMatch != null && minVersion == null) {
            long version = answers.version(meetingId);
            if (version >= 0 && RenderedAnswer.held(ifNoneMatch, RenderedAnswer.tagOf(version, audience.field))) {
                return Optional.of(new RenderedAnswer(version, audience.field, null));
            }
        }
        long told = minVersion == null ? -1 : waits.told(meetingId);
        // told behind by this instance's projection: the read would only say so
        Optional<StoredAnswers.StoredAnswer> found = told >= 0 && told < minVersion ? Optional.empty()
                : answers.answer(meetingId, name, audience);
        if (minVersion != null && versionOf(found) < minVersion) {
            awaitRecord(meetingId, minVersion, readModel, Math.max(told, versionOf(found)));
            found = answers.answer(meetingId, name, audience);
            if (versionOf(found) < minVersion) {
                // told a version not stored: the read models were rebuilt since; the stored version is looked at
                waits.await(meetingId, minVersion, readModel, () -> answers.version(meetingId));
                found = answers.answer(meetingId, name, audience);
            }
        }
        return found.filter(answer -> answer.json() != null).map(answer -> new RenderedAnswer(answer.version(),
                audience.field, RenderedAnswer.held(ifNoneMatch, RenderedAnswer.tagOf(answer.version(),
                audience.field)) ? null : answer.json()));
    }

    /** The version a meeting's answers are at; -1 when nothing of it is projected. */
    public long version(String meetingId) {
        return answers.version(meetingId);
    }

    /** The meeting's record as it stands, if anything of it is projected. */
    public Optional<MeetingRecord> find(String meetingId) {
        return answers.answer(meetingId, MeetingAnswers.MINUTES, StoredAnswers.Audience.ALL)
                .filter(stored -> stored.json() != null)
                .map(stored -> json.read(stored.json(), MeetingRecord.class, "MeetingRecord " + meetingId));
    }

    /**
     * The meeting's record as the public reads it, whoever asks: its minutes as rendered for the public at its
     * version (exempt business withheld by {@link MeetingRecord#asPublished}). One read by id.
     */
    public Optional<MeetingRecord> published(String meetingId) {
        return answers.answer(meetingId, MeetingAnswers.MINUTES, StoredAnswers.Audience.PUBLIC)
                .filter(stored -> stored.json() != null)
                .map(stored -> json.read(stored.json(), MeetingRecord.class, "MeetingRecord " + meetingId));
    }

    /** The record once it holds at least {@code minVersion}; without a version, the record as it stands. */
    public Optional<MeetingRecord> find(String meetingId, Long minVersion, String readModel) {
        if (minVersion == null) {
            return find(meetingId);
        }
        long told = waits.told(meetingId);
        awaitRecord(meetingId, minVersion, readModel, told >= 0 ? told : answers.version(meetingId));
        Optional<MeetingRecord> found = find(meetingId);
        if (found.map(MeetingRecord::version).orElse(-1L) < minVersion) {
            // told a version not stored: the read models were rebuilt since; the stored version is looked at
            waits.await(meetingId, minVersion, readModel, () -> answers.version(meetingId));
            found = find(meetingId);
        }
        return found;
    }

    /** Returns once the meeting's answers are at {@code minVersion}, from the version read or told before. */
    private void awaitRecord(String meetingId, long minVersion, String readModel, long read) {
        if (read < minVersion) {
            waits.awaitRecord(meetingId, minVersion, readModel, read, () -> answers.version(meetingId));
        }
    }

    private static long versionOf(Optional<StoredAnswers.StoredAnswer> found) {
        return found.map(StoredAnswers.StoredAnswer::version).orElse(-1L);
    }

    /** The record as it stood at an instant: only what was recorded by then, as corrected by then. */
    public Optional<MeetingRecord> asOf(String meetingId, Instant asOf) {
        long version = answers.version(meetingId);
        if (version < 0) {
            return Optional.empty();
        }
        List<RecordedEvent> recorded = events.events(meetingId, version).stream()
                .filter(event -> !event.recordedAt().isAfter(asOf))
                .toList();
        return recorded.isEmpty() ? Optional.empty() : Optional.of(fold.fold(meetingId, recorded));
    }

    /**
     * The record as it stood when a later meeting confirmed its minutes: what was recorded up to the confirmation,
     * without the corrections noted since. Empty while the minutes are not confirmed.
     */
    public Optional<MeetingRecord> asConfirmed(String meetingId) {
        return find(meetingId).flatMap(MeetingRecord::minutesConfirmation)
                .map(confirmation -> fold.fold(meetingId, events.events(meetingId, confirmation.sequenceNumber())));
    }

    /** Every meeting (of the committee, when one is given) as it stood at an instant; an audit query. */
    public List<MeetingRecord> allAsOf(Instant asOf, String committeeId) {
        List<MeetingRecord> stood = new ArrayList<>();
        for (Document meeting : readModels.getCollection(StoredAnswers.ANSWERS)
                .find(Criteria.where().eq("committeeId", committeeId).build())
                .projection(Projections.include("_id"))) {
            asOf(meeting.getString("_id"), asOf).ifPresent(stood::add);
        }
        return stood;
    }

    /** The meeting's events from its first up to the given sequence number, in order. */
    List<RecordedEvent> events(String meetingId, long upTo) {
        return events.events(meetingId, upTo);
    }

    void drop() {
        answers.drop();
        events.drop();
    }
}
