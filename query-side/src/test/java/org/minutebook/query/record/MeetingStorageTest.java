package org.minutebook.query.record;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.MinuteBlock;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.minutebook.upcasters.ContractUpcasters;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.scheduled;

/**
 * A meeting's answers and event copies as a MongoDB-wire server keeps them: whatever the meeting holds (seventeen
 * minutes of nearly a megabyte), no document approaches 16 MB, and each reads back whole; the large ones gzipped.
 */
class MeetingStorageTest {

    private static final int NEARLY_A_MEGABYTE = 990_000;
    @RegisterExtension
    static final LocalReadModels MONGO = new LocalReadModels();
    private MongoDatabase readModels;
    private StoredAnswers answers;
    private EventLog events;

    @BeforeEach
    void emptyReadModels() {
        readModels = MONGO.empty("storage");
        answers = new StoredAnswers(readModels);
        events = new EventLog(readModels, new EventCopies(MeetingStory.JSON.mapper(), ContractUpcasters.all()));
    }

    @Test
    void seventeenMinutesOfNearlyAMegabyteAreKeptInPartsAndReadBackWhole() {
        MeetingStory story = seventeenLongMinutes();
        byte[] minutes = MeetingStory.JSON.bytes(story.record());

        answers.write(List.of(rendered(story.record(), minutes)), Map.of());

        assertThat(minutes.length).isGreaterThan(16 * 1024 * 1024);
        StoredAnswers.StoredAnswer read = answers.answer(MEETING, MeetingAnswers.MINUTES, StoredAnswers.Audience.ALL)
                .orElseThrow();
        assertThat(read.version()).isEqualTo(story.record().version());
        assertThat(read.json()).isEqualTo(minutes);
        assertThat(largestDocument()).isLessThan(StoredAnswers.INLINE_LIMIT + 64 * 1024);
    }

    @Test
    void aNewVersionReplacesTheOldPartsAndKeepsNoneOfThem() {
        MeetingStory story = seventeenLongMinutes();
        answers.write(List.of(rendered(story.record(), MeetingStory.JSON.bytes(story.record()))), Map.of());
        Map<String, StoredAnswers.Stored> before = Map.of(MEETING, answers.stored(List.of(MEETING), stored -> true)
                .get(MEETING).orThrow());
        long partsBefore = readModels.getCollection(StoredAnswers.PARTS).countDocuments();

        story.then(new ItemMinuted(MEETING, "item-1", List.of(MinuteBlock.paragraph("Noted.")), false));
        answers.write(List.of(rendered(story.record(), MeetingStory.JSON.bytes(story.record()))), before);

        assertThat(partsBefore).isPositive();
        assertThat(readModels.getCollection(StoredAnswers.PARTS).countDocuments()).isEqualTo(partsBefore);
        assertThat(answers.stored(List.of(MEETING), stored -> true).get(MEETING).orThrow().version())
                .isEqualTo(story.record().version());
        assertThat(new String(answers.answer(MEETING, MeetingAnswers.MINUTES, StoredAnswers.Audience.ALL)
                .orElseThrow().json(), StandardCharsets.UTF_8)).contains("Noted.");
    }

    @Test
    void thePublicIsAnsweredItsOwnAnswerWhereItDiffersAndEveryonesWhereItDoesNot() {
        MeetingRecord record = ofAMeeting().then(scheduled()).record();
        answers.write(List.of(new StoredAnswers.Rendered(MEETING, 0, "leics-cfosc", 1,
                Map.of("meetings", bytes("everyone's"), "attendance", bytes("the same for all")),
                Map.of("meetings", bytes("the public's")))), Map.of());

        assertThat(text(answers.answer(MEETING, "meetings", StoredAnswers.Audience.PUBLIC))).isEqualTo("the public's");
        assertThat(text(answers.answer(MEETING, "meetings", StoredAnswers.Audience.ALL))).isEqualTo("everyone's");
        assertThat(text(answers.answer(MEETING, "attendance", StoredAnswers.Audience.PUBLIC)))
                .isEqualTo("the same for all");
        assertThat(record.version()).isZero();
    }

    @Test
    void aLongAgendaIsStoredGzippedAndServedAsRenderedWhileAShortAnswerIsStoredAsItIs() {
        byte[] agenda = bytes("[" + "{\"title\":\"Fire cover in the Melton area\",\"status\":\"DECIDED\"},"
                .repeat(40) + "{}]");
        answers.write(List.of(new StoredAnswers.Rendered(MEETING, 3, "leics-cfosc", 1,
                Map.of("meetings", agenda, "attendance", bytes("[]")), Map.of())), Map.of());

        Document stored = readModels.getCollection(StoredAnswers.ANSWERS).find().first().get("all",
                Document.class);
        assertThat(Gzipped.isGzipped(stored.get("meetings", Binary.class))).isTrue();
        assertThat(stored.get("meetings", Binary.class).length()).isLessThan(agenda.length / 4);
        assertThat(stored.get("attendance", Binary.class).getData()).isEqualTo(bytes("[]"));
        assertThat(answers.answer(MEETING, "meetings", StoredAnswers.Audience.PUBLIC).orElseThrow().json())
                .isEqualTo(agenda);
        assertThat(text(answers.answer(MEETING, "attendance", StoredAnswers.Audience.ALL))).isEqualTo("[]");
    }

    @Test
    void anAnswerStoredBeforeAnswersWereGzippedIsServedAsItWasStored() {
        byte[] agenda = bytes("[" + "{\"title\":\"Fire cover\"},".repeat(60) + "{}]");
        readModels.getCollection(StoredAnswers.ANSWERS).insertOne(new Document("_id", MEETING)
                .append("version", 3L).append("committeeId", "leics-cfosc").append("listingGroups", 1)
                .append("all", new Document("meetings", new Binary(agenda)))
                .append("parts", new Document()));

        assertThat(answers.answer(MEETING, "meetings", StoredAnswers.Audience.ALL).orElseThrow().json())
                .isEqualTo(agenda);
    }

    @Test
    void aMeetingsEventCopiesAreKeptGzippedAndReadBackInOrder() {
        MeetingStory story = ofAMeeting().then(scheduled(), item("1", 1), item("2", 2), item("3", 3), opened());

        events.keep(Map.of(MEETING, copied(story.events())));

        Binary chunk = readModels.getCollection(EventLog.CHUNKS).find().first()
                .get("events", Binary.class);
        assertThat(Gzipped.isGzipped(chunk)).isTrue();
        assertThat(events.events(MEETING, story.next() - 1)).extracting(RecordedEvent::event)
                .containsExactlyElementsOf(story.events().stream().map(RecordedEvent::event).toList());
    }

    @Test
    void aMinuteOfNearlyAMegabyteIsCopiedInADocumentOfItsOwnAndTheEventsReadBackInOrder() {
        MeetingStory story = seventeenLongMinutes();

        events.keep(Map.of(MEETING, copied(story.events())));

        List<RecordedEvent> read = events.events(MEETING, story.next() - 1);
        assertThat(read).extracting(RecordedEvent::sequenceNumber)
                .containsExactlyElementsOf(story.events().stream().map(RecordedEvent::sequenceNumber).toList());
        assertThat(read.get(read.size() - 1).event()).isEqualTo(story.events().get(read.size() - 1).event());
        assertThat(readModels.getCollection(EventLog.LARGE_COPIES).countDocuments()).isEqualTo(17);
        assertThat(largestDocument()).isLessThan(2 * 1024 * 1024);
    }

    @Test
    void aMeetingsEventsDeliveredAgainAreNeitherReadNorFoldedNorWrittenAndTheNextIsFoldedOnTheStoredRecord() {
        MeetingStory story = ofAMeeting().then(scheduled(), opened());
        MeetingRecords records = recordsHolding(story);

        RecordBatch again = new RecordBatch(records, new FoldedRecords(2, 1_000_000), MeetingStory.JSON, List.of());
        story.events().forEach(event -> again.add(MEETING, event, null));
        assertThat(again.meetings()).isEmpty();

        story.then(item("1", 1));
        RecordedEvent next = story.events().get(story.events().size() - 1);
        again.add(MEETING, next, null);
        assertThat(again.meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.record.version()).isEqualTo(next.sequenceNumber());
            assertThat(meeting.events).containsExactly(next);
        });
    }

    @Test
    void aMeetingKeptFoldedIsFoldedOnWithoutItsMinutesReadAndOneTakenSinceIsReadAfterAll() {
        MeetingStory story = ofAMeeting().then(scheduled(), opened());
        MeetingRecords records = recordsHolding(story);
        FoldedRecords folded = new FoldedRecords(2, 1_000_000);
        // the record as the projection wrote it and kept it folded (the story's own record is folded on below)
        MeetingRecord written = ofAMeeting().then(scheduled(), opened()).record();
        folded.keep(written, 1);
        story.then(item("1", 1));
        RecordedEvent next = story.events().get(story.events().size() - 1);

        // the clerk adds an item: the batch folds it onto the record it kept, reading only the stored version
        RecordBatch kept = new RecordBatch(records, folded, MeetingStory.JSON, List.of());
        kept.prefetch(List.of(MEETING));
        kept.add(MEETING, next, null);
        assertThat(kept.meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.stored.minutes()).isNull();
            assertThat(meeting.record).isSameAs(written);
            assertThat(meeting.record.version()).isEqualTo(next.sequenceNumber());
        });

        // that batch failed before writing; the next, which finds the record kept no more, reads the minutes
        folded.keep(ofAMeeting().then(scheduled(), opened()).record(), 1);
        RecordBatch again = new RecordBatch(records, folded, MeetingStory.JSON, List.of());
        again.prefetch(List.of(MEETING));
        folded.take(MEETING, 1);
        again.add(MEETING, next, null);
        assertThat(again.meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.stored.minutes()).isNotNull();
            assertThat(meeting.record).isNotSameAs(written);
            assertThat(meeting.record.version()).isEqualTo(next.sequenceNumber());
            assertThat(meeting.events).containsExactly(next);
        });
    }

    @Test
    void aCopyKeptTwiceIsKeptOnce() {
        MeetingStory story = ofAMeeting().then(scheduled(), item("1", 1), opened());

        events.keep(Map.of(MEETING, copied(story.events())));
        events.keep(Map.of(MEETING, copied(story.events().subList(1, 3))));

        assertThat(events.events(MEETING, 2)).hasSize(3);
        assertThat(events.events(MEETING, 1)).hasSize(2);
    }

    /** The meeting's answers written as the story stands, and the records read from them. */
    private MeetingRecords recordsHolding(MeetingStory story) {
        answers.write(List.of(rendered(story.record(), MeetingStory.JSON.bytes(story.record()))), Map.of());
        return new MeetingRecords(readModels, answers, MeetingStory.JSON,
                new StaticListableBeanFactory().getBeanProvider(EventUpcaster.class),
                new VersionWaits(Duration.ZERO, () -> true));
    }

    private static List<EventLog.Copied> copied(List<RecordedEvent> events) {
        return events.stream().map(event -> new EventLog.Copied(event, null)).toList();
    }

    /** Seventeen minutes of nearly a megabyte of letters in no order, which gzip cannot shrink below 4 MB. */
    private static MeetingStory seventeenLongMinutes() {
        MeetingStory story = ofAMeeting().then(scheduled(), opened());
        Random letters = new Random(17);
        for (int i = 1; i <= 17; i++) {
            StringBuilder minute = new StringBuilder(NEARLY_A_MEGABYTE);
            letters.ints(NEARLY_A_MEGABYTE, 'a', 'z' + 1).forEach(letter -> minute.append((char) letter));
            story.then(item(Integer.toString(i), i), new ItemMinuted(MEETING, "item-" + i,
                    List.of(MinuteBlock.paragraph(minute.toString())), false));
        }
        return story;
    }

    private static StoredAnswers.Rendered rendered(MeetingRecord record, byte[] minutes) {
        Map<String, byte[]> all = new HashMap<>();
        all.put(MeetingAnswers.MINUTES, minutes);
        all.put("meetings", bytes("{}"));
        return new StoredAnswers.Rendered(record.meetingId(), record.version(), record.committeeId(), 1, all,
                Map.of());
    }

    private long largestDocument() {
        long largest = 0;
        for (String name : readModels.listCollectionNames()) {
            for (RawBsonDocument document : readModels.getCollection(name, RawBsonDocument.class).find()) {
                largest = Math.max(largest, document.getByteBuffer().remaining());
            }
        }
        return largest;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(java.util.Optional<StoredAnswers.StoredAnswer> answer) {
        return new String(answer.orElseThrow().json(), StandardCharsets.UTF_8);
    }
}
