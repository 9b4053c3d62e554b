package org.minutebook.query.record;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.Exemption;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rows of a register across meetings, listed from one document a meeting: found by what the rows hold (the
 * same condition MongoDB applies and each row is tested by), newest meetings first, a page at a time; a meeting
 * with rows enough to fill 16 MB has them in groups, read in order.
 */
class ListingsTest {

    @RegisterExtension
    static final LocalReadModels MONGO = new LocalReadModels();
    private final ItemsRegister items = new ItemsRegister();
    private MongoDatabase readModels;
    private Listings listings;

    /** A row per agenda item, with its title: enough of a register to list. */
    record ItemRow(String id, @JsonUnwrapped Where where, String title) implements Register.Row {
    }

    static final class ItemsRegister extends Register<ItemRow> {

        ItemsRegister() {
            super("items", ItemRow.class);
        }

        @Override
        public List<String> searchedBy() {
            return List.of("committeeId", "meetingDate", "exempt", "title");
        }

        @Override
        public List<ItemRow> rowsOf(MeetingRecord record) {
            return numbered(record.items(), (item, order) -> new ItemRow(item.itemId(), Where.in(record, item, order),
                    item.title()));
        }
    }

    @BeforeEach
    void emptyReadModels() {
        readModels = MONGO.empty("listings");
        listings = new Listings(readModels, List.of(items), MeetingStory.JSON);
    }

    @Test
    void theItemsTitledWithSomeWordsAreFoundNewestMeetingFirstAndThePublicNeverFindsAnExemptOne() {
        list(meeting("cfosc-2020-11-18", "2020-11-18", "Fostering allowances", "School places"),
                meeting("cfosc-2021-11-02", "2021-11-02", "Foster carers", "Budget"),
                meeting("ascosc-2021-03-09", "2021-03-09", "Care homes"));
        MeetingRecord exempt = meeting("cfosc-2021-12-07", "2021-12-07", "Foster family finances");
        list(exempt);

        Paging.Page<ItemRow> found = listings.page(items, Criteria.where().visibleToCaller()
                .containing("title", "FOSTER"), Listings.NEWEST_FIRST, new Paging(0, 50));

        assertThat(found.items()).extracting(ItemRow::title).containsExactly("Foster carers", "Fostering allowances");
        assertThat(found.items().get(0).where().meetingDate()).isEqualTo(LocalDate.of(2021, 11, 2));
        assertThat(listings.page(items, Criteria.where().eq("committeeId", "ascosc"), Listings.NEWEST_FIRST,
                new Paging(0, 50)).items()).extracting(ItemRow::title).containsExactly("Care homes");
    }

    @Test
    void aQueryByAFieldTheListingsDoNotKeepIsAFaultOfTheCode() {
        list(meeting("cfosc-2020-11-18", "2020-11-18", "Fostering allowances"));

        assertThatThrownBy(() -> listings.page(items, Criteria.where().eq("itemNumber", "1"), Listings.NEWEST_FIRST,
                new Paging(0, 50))).isInstanceOf(IllegalStateException.class).hasMessageContaining("itemNumber");
    }

    @Test
    void aLongListIsReadAPageAtATimeAndSaysWhenMoreFollow() {
        for (int day = 1; day <= 30; day++) {
            list(meeting("cfosc-" + day, LocalDate.of(2021, 1, day).toString(), "First", "Second", "Third"));
        }

        Paging.Page<ItemRow> second = listings.page(items, Criteria.where(), Listings.NEWEST_FIRST,
                new Paging(1, 40));
        Paging.Page<ItemRow> last = listings.page(items, Criteria.where(), Listings.NEWEST_FIRST, new Paging(2, 40));

        assertThat(second.items()).hasSize(40);
        assertThat(second.items().get(0).where().meetingId()).isEqualTo("cfosc-17");
        assertThat(second.items().get(0).title()).isEqualTo("Second");
        assertThat(second.nextPage()).isEqualTo(2);
        assertThat(last.items()).hasSize(10);
        assertThat(last.nextPage()).isNull();
    }

    @Test
    void aMeetingWithRowsEnoughForManyDocumentsIsListedInGroupsReadInOrder() {
        String[] titles = new String[400];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = i + " " + "x".repeat(8_000);
        }
        MeetingRecord record = meeting("cfosc-2021-11-02", "2021-11-02", titles);
        Listings.Listed listed = listings.listingOf(new RecordRows(record));
        listings.write(List.of(listed), Map.of());

        assertThat(listed.groups()).hasSizeGreaterThan(2);
        assertThat(listings.all(items, Criteria.where())).extracting(ItemRow::title)
                .containsExactly(titles);

        // fewer rows afterwards: the groups no longer needed go
        listings.write(List.of(listings.listingOf(new RecordRows(meeting("cfosc-2021-11-02", "2021-11-02",
                        "Only one")))),
                Map.of("cfosc-2021-11-02", listed.groups().size()));
        assertThat(listings.all(items, Criteria.where())).extracting(ItemRow::title).containsExactly("Only one");
    }

    @Test
    void aMeetingsRowsAreStoredAsTheirSearchedFieldsWithTheirJsonGzippedOnceAndAListingOfTheLayoutBeforeStillReads() {
        list(meeting("cfosc-2021-11-02", "2021-11-02", "Foster carers", "Budget", "School places"));
        Document stored = readModels.getCollection(Listings.LISTINGS).find().first();
        assertThat(stored.getList("items", Document.class)).allSatisfy(row -> assertThat(row).doesNotContainKey("json"));
        assertThat(Gzipped.isGzipped(stored.get(Listings.ROWS_JSON, Document.class).get("items", Binary.class)))
                .isTrue();

        // the layout before: each row with its own JSON, no rows' JSON beside them
        readModels.getCollection(Listings.LISTINGS).insertOne(new Document("_id", "ascosc-2021-03-09")
                .append("group", 0).append("meetingId", "ascosc-2021-03-09").append("committeeId", "ascosc")
                .append("meetingDate", "2021-03-09").append("items", List.of(new Document("committeeId", "ascosc")
                        .append("meetingDate", "2021-03-09").append("exempt", false).append("title", "Care homes")
                        .append("json", new Binary(MeetingStory.JSON.bytes(new RecordRows(meeting(
                                "ascosc-2021-03-09", "2021-03-09", "Care homes")).all(items).get(0),
                                RecordJson.Registers.class))))));

        assertThat(listings.page(items, Criteria.where(), Listings.NEWEST_FIRST, new Paging(0, 50)).items())
                .extracting(ItemRow::title).containsExactly("Foster carers", "Budget", "School places", "Care homes");
    }

    private void list(MeetingRecord... records) {
        listings.write(List.of(records).stream().map(record -> listings.listingOf(new RecordRows(record))).toList(),
                Map.of());
    }

    /** A meeting with an item for each title; a title with "finances" is of an exempt item. */
    private static MeetingRecord meeting(String meetingId, String date, String... titles) {
        List<RecordedEvent> events = new java.util.ArrayList<>();
        events.add(new RecordedEvent(0, MeetingStory.FIRST_RECORDED, new MeetingScheduled(meetingId,
                meetingId.substring(0, meetingId.indexOf('-')), "Committee", false, LocalDate.parse(date),
                LocalTime.of(14, 0), "Europe/London", "County Hall", List.of(), null)));
        for (int i = 0; i < titles.length; i++) {
            events.add(new RecordedEvent(i + 1, MeetingStory.FIRST_RECORDED, new AgendaItemAdded(meetingId,
                    "item-" + i, Integer.toString(i + 1), null, i + 1, titles[i], null, null, List.of(),
                    titles[i].contains("finances") ? new Exemption("3", "Financial affairs") : null)));
        }
        return MeetingStory.FOLD.fold(meetingId, events);
    }
}
