package org.minutebook.query.record;

import com.mongodb.client.MongoDatabase;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.minutebook.events.MeetingEvent;
import org.minutebook.query.platform.RebuildableReadModel;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The one projection of meeting events. Each event is applied, as it is handled, to its meeting's record (the
 * batch's meetings read by id in one go; an event the record already holds changes nothing), so one that cannot be
 * applied fails alone and is parked as a dead letter ({@link RecordBatch}). Then, once a batch, each meeting that
 * changed is written once, in bulk, in this order: a copy of each new event ({@link EventLog}), its rows for the
 * queries across meetings ({@link Listings}), its rows in the registers kept per committee
 * ({@link CommitteeRegisters}), what it changes in the read models kept across meetings ({@link AcrossMeetings}),
 * and last its answers rendered at its new version ({@link StoredAnswers}, the record
 * among them): the version a meeting's answers say is then held by every read model, and a batch interrupted before
 * is applied again, each write keyed, so changing nothing twice.
 * <p>
 * The batch is rendered while its last event is handled ({@link #writeAfterLastEvent}), and its writes handed on to
 * {@link WritesInFlight}, before the processor stores its position, which is stored only once they are done
 * ({@link PositionsAfterWrites}): meanwhile the next batch is read, folded and rendered. Handed on as the batch
 * commits, they came after the position: the tracking processor registers the storing of its position when the
 * batch's first event is handled, ahead of anything its handlers register, and a unit of work prepares its commit in
 * the order things were registered; MongoDB has no transaction to make the two one, so a service killed between
 * them came back past events it had never written.
 */
@Component
@ProcessingGroup(RecordProjection.NAME)
public class RecordProjection implements RebuildableReadModel {

    /** The processor, and processing group, of the read models projected from the meeting events topic. */
    public static final String NAME = "meeting-records";
    private static final String BATCH = NAME + ".batch";
    private static final List<String> RETIRED = List.of("meeting_records", "meeting_events", "meeting_versions",
            "committee_calendars", "meetings", "attendance", "declarations", "decisions", "questions", "actions");

    private final MeetingRecords records;
    private final FoldedRecords folded;
    private final MeetingAnswers answers;
    private final Listings listings;
    private final CommitteeRegisters committeeRegisters;
    private final List<Register<?>> perCommittee;
    private final List<AcrossMeetings> acrossMeetings;
    private final RecordJson json;
    private final VersionWaits waits;
    private final WritesInFlight inFlight;
    private final MongoDatabase readModels;
    private final Serializer serializer;
    /**
     * Writes a batch's copies, listings, committee registers and models across meetings side by side (daemon
     * threads: none outlives it).
     */
    private final ExecutorService writers = Executors.newFixedThreadPool(4, runnable -> {
        Thread writer = new Thread(runnable, "meeting-records-writer");
        writer.setDaemon(true);
        return writer;
    });

    RecordProjection(MeetingRecords records, FoldedRecords folded, MeetingAnswers answers, Listings listings,
                     CommitteeRegisters committeeRegisters, List<Register<?>> registers, RecordJson json,
                     VersionWaits waits, WritesInFlight inFlight, MongoDatabase readModels,
                     List<AcrossMeetings> acrossMeetings, @Qualifier("eventSerializer") Serializer serializer) {
        this.inFlight = inFlight;
        this.acrossMeetings = acrossMeetings;
        this.readModels = readModels;
        this.serializer = serializer;
        this.records = records;
        this.folded = folded;
        this.answers = answers;
        this.listings = listings;
        this.committeeRegisters = committeeRegisters;
        this.perCommittee = registers.stream().filter(Register::keptPerCommittee).toList();
        this.json = json;
        this.waits = waits;
    }

    @EventHandler
    void on(MeetingEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant recordedAt,
            EventMessage<?> message) {
        NestingBound.check(event);
        RecordedEvent recorded = new RecordedEvent(sequenceNumber, recordedAt, event);
        if (!CurrentUnitOfWork.isStarted()) {
            inFlight.awaitAll();
            RecordBatch alone = newBatch();
            alone.add(event.meetingId(), recorded, arrivedAs(message));
            store(prepare(alone));
            return;
        }
        RecordBatch batch = batch();
        batch.times.event(recordedAt);
        batch.add(event.meetingId(), recorded, arrivedAs(message));
    }

    /**
     * The JSON the event arrived as, when it is of the event's current version: its copy keeps those bytes rather
     * than writing the event again (null otherwise: then the copy is written from the event).
     */
    private byte[] arrivedAs(EventMessage<?> message) {
        SerializedObject<byte[]> payload = message.serializePayload(serializer, byte[].class);
        String version = Integer.toString(EventCopies.versionOf(message.getPayloadType()));
        return version.equals(payload.getType().getRevision()) ? payload.getData() : null;
    }

    /**
     * This unit of work's batch: its events are folded as they are handled (a failing one then fails alone, and is
     * parked), and what folded is written once, when the last event of the processor's batch has been handled
     * ({@link #writeAfterLastEvent}); a parked event tried again on its own ({@code DeadLetters}), which moves no
     * position, is written as its unit of work commits, behind the writes in flight.
     */
    private RecordBatch batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            RecordBatch batch = newBatch();
            if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
                // the batch's meetings are read in one go, not one by one as their events come; those the last
                // batch still writes, once written (then kept folded)
                List<String> meetingIds = meetingsOf(batching.getMessages());
                inFlight.awaitMeetings(meetingIds);
                batch.prefetch(meetingIds);
                batch.times.reached("read");
            } else {
                inFlight.awaitAll();
                unitOfWork.onPrepareCommit(committing -> store(prepare(batch)));
            }
            return batch;
        });
    }

    /**
     * Around each event of the processor's batch: once the last is handled, the batch is rendered and its writes
     * handed on, before the unit of work commits and so before the processor stores the position that says it is
     * done, which waits for them. A failed write fails the batches after it, which the processor then tries again
     * from its stored position ({@link WritesInFlight}). Registered for this processor only
     * ({@link BatchesBeforePositions}), never as an interceptor bean: Axon's auto-configuration adds every such bean
     * to every processor, so registered both ways it ran twice around each event and wrote each batch twice.
     */
    Object writeAfterLastEvent(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Object handled = chain.proceed();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching && batching.isLastMessage()) {
            RecordBatch batch = unitOfWork.getResource(BATCH);
            if (batch != null) {
                batch.times.reached("folded");
                Prepared prepared = prepare(batch);
                inFlight.write(prepared.meetingIds(), () -> store(prepared));
                // logged once the position after it is stored
                unitOfWork.afterCommit(committed -> inFlight.whenWritten(
                        () -> batch.times.log(batch.meetings().size(), batch.changed())));
            }
        }
        return handled;
    }

    /** The meetings the batch's events are of (an event that does not read as one is left to fail when handled). */
    private static List<String> meetingsOf(List<?> messages) {
        List<String> meetingIds = new ArrayList<>();
        for (Object message : messages) {
            try {
                if (message instanceof EventMessage<?> eventMessage
                        && eventMessage.getPayload() instanceof MeetingEvent event && event.meetingId() != null) {
                    meetingIds.add(event.meetingId());
                }
            } catch (RuntimeException unreadable) {
                // handled (and parked) as it comes
            }
        }
        return meetingIds;
    }

    private RecordBatch newBatch() {
        return new RecordBatch(records, folded, json, perCommittee);
    }

    /**
     * What a batch writes: the copies of its new events, its changed meetings rendered, and what was stored of them
     * before; its meetings, and how heavy the minutes of each are (to keep their records folded once written).
     */
    private record Prepared(RecordBatch batch, Map<String, List<EventLog.Copied>> copies, List<Written> written,
                            Map<String, StoredAnswers.Stored> before, Map<String, Integer> groupsBefore) {

        List<String> meetingIds() {
            return batch.meetings().stream().map(meeting -> meeting.meetingId).toList();
        }
    }

    /** Renders the meetings the batch changed (each on its own, so on every core), for the writes to come. */
    private Prepared prepare(RecordBatch batch) {
        Map<String, List<EventLog.Copied>> copies = new LinkedHashMap<>();
        List<RecordBatch.Meeting> changed = new ArrayList<>();
        Map<String, StoredAnswers.Stored> before = new HashMap<>();
        Map<String, Integer> groupsBefore = new HashMap<>();
        for (RecordBatch.Meeting meeting : batch.meetings()) {
            List<EventLog.Copied> newer = meeting.events.stream()
                    .filter(event -> event.sequenceNumber() > meeting.storedVersion())
                    .map(event -> new EventLog.Copied(event, meeting.json.get(event.sequenceNumber()))).toList();
            if (!newer.isEmpty()) {
                copies.put(meeting.meetingId, newer);
            }
            if (meeting.record.version() > meeting.storedVersion()) {
                changed.add(meeting);
                if (meeting.stored != null) {
                    before.put(meeting.meetingId, meeting.stored);
                    groupsBefore.put(meeting.meetingId, meeting.stored.listingGroups());
                }
            }
        }
        List<Written> written = changed.parallelStream().map(this::written).toList();
        batch.times.reached("rendered");
        return new Prepared(batch, copies, written, before, groupsBefore);
    }

    /**
     * Writes what the batch changed: the copies of its events, their listings, committee registers and the read
     * models across meetings, side by side; and last, once those are written, their answers with their versions.
     * Then tells whoever waits for them, and keeps their records folded.
     */
    private void store(Prepared prepared) {
        RecordBatch batch = prepared.batch();
        List<Written> written = prepared.written();
        Map<String, Integer> groupsBefore = prepared.groupsBefore();
        BatchTimes times = batch.times;
        // once the last batch's writes are done
        times.reached("writing");
        CompletableFuture<Void> copied = CompletableFuture.runAsync(
                () -> records.eventLog().keep(prepared.copies()), writers).thenRun(() -> times.reached("copies"));
        CompletableFuture<Void> listed = CompletableFuture.runAsync(() -> listings.write(
                written.stream().map(Written::listing).toList(), groupsBefore), writers)
                .thenRun(() -> times.reached("listings"));
        CompletableFuture<Void> registered = CompletableFuture.runAsync(() -> committeeRegisters.apply(
                written.stream().flatMap(meeting -> meeting.committeeChanges().stream()).toList()), writers)
                .thenRun(() -> times.reached("registers"));
        CompletableFuture<Void> across = CompletableFuture.runAsync(() -> acrossMeetings.forEach(model -> {
            model.write(written.stream().map(Written::rows).toList());
            times.reached(model.getClass().getSimpleName());
        }), writers);
        awaitAll(copied, listed, registered, across);
        records.storedAnswers().write(written.stream().map(Written::answers).toList(), prepared.before());
        times.reached("answers");
        waits.written(written.stream().collect(Collectors.toMap(meeting -> meeting.answers().meetingId(),
                meeting -> meeting.answers().version())));
        times.reached("told");
        Map<String, Integer> minutesWeights = new HashMap<>();
        written.forEach(meeting -> minutesWeights.put(meeting.answers().meetingId(),
                meeting.answers().all().get(MeetingAnswers.MINUTES).length));
        for (RecordBatch.Meeting meeting : batch.meetings()) {
            // one the batch did not change (its events parked) is kept only when its minutes were read
            Integer weight = minutesWeights.get(meeting.meetingId);
            if (weight == null && meeting.stored != null && meeting.stored.minutes() != null) {
                weight = meeting.stored.minutes().length;
            }
            if (weight != null) {
                folded.keep(meeting.record, weight);
            }
        }
    }

    /** A changed meeting as it is to be written: its listing, its answers, its rows in the committee registers. */
    private record Written(RecordRows rows, Listings.Listed listing, StoredAnswers.Rendered answers,
                           List<CommitteeRegisters.Change> committeeChanges) {
    }

    private Written written(RecordBatch.Meeting meeting) {
        RecordRows rows = new RecordRows(meeting.record);
        Listings.Listed listing = listings.listingOf(rows);
        return new Written(rows, listing, answers.render(rows, listing.groups().size()), perCommittee.stream()
                .map(register -> committeeChange(register, meeting, rows)).toList());
    }

    @PreDestroy
    void stop() {
        inFlight.awaitAll();
        writers.shutdown();
    }

    /** Waits for every write, then fails as the first that failed (the batch is then tried again). */
    private static void awaitAll(CompletableFuture<?>... writes) {
        try {
            CompletableFuture.allOf(writes).join();
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : failed;
        }
    }

    /** The meeting's rows in a register kept per committee, and where they were before. */
    private <R extends Register.Row> CommitteeRegisters.Change committeeChange(Register<R> register,
                                                                           RecordBatch.Meeting meeting,
                                                                           RecordRows rows) {
        Set<String> publicRows = new HashSet<>();
        rows.forThePublic(register).forEach(row -> publicRows.add(row.id()));
        List<CommitteeRegisters.Row> served = rows.all(register).stream().map(row -> new CommitteeRegisters.Row(
                rows.json(row), publicRows.contains(row.id()))).toList();
        RecordBatch.Before was = meeting.before;
        boolean wasThere = was != null && was.registersWithRows().contains(register.name());
        return new CommitteeRegisters.Change(register.name(), meeting.record.committeeId(),
                was == null ? null : was.committeeId(), CommitteeRegisters.keyOf(meeting.record),
                wasThere ? was.key() : null, served);
    }

    /**
     * A rebuild starts from nothing: every event copy, answer, listing and committee register is dropped, and the
     * collections of the layout before this one (a record a document, a register a collection), which nothing reads
     * any more.
     */
    @Override
    public void drop() {
        inFlight.awaitAll();
        folded.clear();
        waits.forget();
        records.drop();
        listings.drop();
        committeeRegisters.drop();
        RETIRED.forEach(name -> readModels.getCollection(name).drop());
    }
}
