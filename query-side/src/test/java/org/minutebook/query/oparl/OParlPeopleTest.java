package org.minutebook.query.oparl;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.query.committees.Committees;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.MeetingStory;
import org.minutebook.query.record.RecordRows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.minutebook.query.record.MeetingStory.FRYER;

/**
 * Mrs Fryer, councillor, sits on the Children and Families Overview and Scrutiny Committee on three evenings; the
 * clerk strikes out her attendance at one, then at the others: OParl lists her while any meeting names her and keeps
 * her as a tombstone after. Her meetings are found from theirs, never a list in hers that grows with the record.
 */
class OParlPeopleTest {

    private static final String COMMITTEE = "leics-cfosc";
    private static final String FRYER_KEY = "id:fryer";
    private static final List<String> EVENINGS = List.of("leics-cfosc-2020-09-16", "leics-cfosc-2020-10-14",
            "leics-cfosc-2020-11-18");
    private static final Person CLERK = new Person("ed-brown", "Ed Brown");

    private static MongoServer server;
    private static MongoClient client;

    private final MongoDatabase readModels = client.getDatabase("oparl-people-" + UUID.randomUUID());
    private final OParlPeople people = new OParlPeople(readModels, mock(Committees.class));

    @BeforeAll
    static void startTheReadModels() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
    }

    @AfterAll
    static void stopTheReadModels() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aCouncillorNamedAtThreeMeetingsIsListedUntilNoneNamesHerThenIsATombstone() {
        people.write(EVENINGS.stream().map(evening -> rows(attended(evening))).toList());
        assertThat(fryer().deleted()).isFalse();
        assertThat(listed()).containsExactly(FRYER_KEY);
        assertThat(eveningsNamingFryer()).isEqualTo(3);

        people.write(List.of(rows(struckOut(EVENINGS.get(0)))));
        assertThat(fryer().deleted()).isFalse();
        assertThat(listed()).containsExactly(FRYER_KEY);

        people.write(List.of(rows(struckOut(EVENINGS.get(1))), rows(struckOut(EVENINGS.get(2)))));
        assertThat(fryer().deleted()).isTrue();
        assertThat(fryer().person()).isEqualTo(FRYER);
        assertThat(listed()).isEmpty();
        assertThat(eveningsNamingFryer()).isZero();
    }

    @Test
    void aCouncillorNamedAtThreeMeetingsOfOneBatchIsKeptAsThreeBatchesOneByOneWouldKeepHer() {
        people.write(EVENINGS.stream().map(evening -> rows(attended(evening))).toList());
        List<Document> together = stored();
        Document fryerTogether = readModels.getCollection(OParlPeople.PEOPLE).find().first();

        MongoDatabase oneByOne = client.getDatabase("oparl-people-" + UUID.randomUUID());
        OParlPeople apart = new OParlPeople(oneByOne, mock(Committees.class));
        EVENINGS.forEach(evening -> apart.write(List.of(rows(attended(evening)))));

        assertThat(stored(oneByOne)).isEqualTo(together);
        assertThat(fryerTogether.getLong("namingsWritten")).isEqualTo(3);
    }

    @Test
    void theSameBatchTriedAgainAfterItWasCutOffChangesNothingAReaderSees() {
        people.write(EVENINGS.stream().map(evening -> rows(attended(evening))).toList());
        List<Document> namedBefore = readModels.getCollection(OParlPeople.NAMED).find().into(new ArrayList<>());
        List<RecordRows> batch = List.of(rows(struckOut(EVENINGS.get(0))), rows(struckOut(EVENINGS.get(1))),
                rows(attended(EVENINGS.get(2))));
        people.write(batch);
        List<Document> once = stored();
        OParlPeople.Stored fryerOnce = fryer();

        // cut off before its last write (which people each meeting names), so tried again from the same diff
        readModels.getCollection(OParlPeople.NAMED).drop();
        readModels.getCollection(OParlPeople.NAMED).insertMany(namedBefore);
        people.write(batch);
        people.write(batch);

        assertThat(stored()).isEqualTo(once);
        assertThat(fryer()).isEqualTo(fryerOnce);
        assertThat(fryerOnce.deleted()).as("the third evening still names her").isFalse();
        assertThat(eveningsNamingFryer()).isEqualTo(1);
    }

    @Test
    void anEveningsNextFactThatNamesNoOneNewLeavesWhoItNamesUnwritten() {
        String evening = EVENINGS.get(0);
        people.write(List.of(rows(attended(evening))));
        // a mark no write of the projection makes: a replace of the evening's document would drop it
        readModels.getCollection(OParlPeople.NAMED).updateOne(new Document("_id", evening),
                new Document("$set", new Document("mark", true)));

        people.write(List.of(rows(attended(evening).then(new MeetingOpened(evening,
                LocalDate.parse(evening.substring(12)).atTime(14, 5), null)))));
        assertThat(readModels.getCollection(OParlPeople.NAMED).find(new Document("_id", evening)).first())
                .as("written only when who the evening names changes").containsEntry("mark", true);

        people.write(List.of(rows(struckOut(evening))));
        assertThat(readModels.getCollection(OParlPeople.NAMED).find(new Document("_id", evening)).first())
                .doesNotContainKey("mark").containsEntry("people", List.of());
    }

    @Test
    void aPersonKeptWithTheirMeetingsAsAListBeforeTheUpgradeReadsTheSameAfterIt() {
        readModels.getCollection(OParlPeople.PEOPLE).insertMany(List.of(
                keptBefore("fryer", List.of(EVENINGS.get(0), EVENINGS.get(1))),
                keptBefore("welsh", List.of())));

        OParlPeople upgraded = new OParlPeople(readModels, mock(Committees.class));

        assertThat(upgraded.find(List.of(COMMITTEE), FRYER_KEY).orElseThrow().deleted()).isFalse();
        assertThat(upgraded.find(List.of(COMMITTEE), "id:welsh").orElseThrow().deleted()).isTrue();
        assertThat(readModels.getCollection(OParlPeople.PEOPLE).countDocuments(new Document("meetings",
                new Document("$exists", true)))).isZero();
        upgraded.write(List.of(rows(struckOut(EVENINGS.get(0)))));
        assertThat(upgraded.find(List.of(COMMITTEE), FRYER_KEY).orElseThrow().deleted())
                .as("the other evening still names her").isFalse();
    }

    @Test
    void herEveningsKeptWithANamingADocumentBeforeTheUpgradeStillKeepHerListedUntilTheLastIsStruckOut() {
        people.write(EVENINGS.stream().map(evening -> rows(attended(evening))).toList());
        // as the release before kept them: whom each evening names, and a document a person and evening
        readModels.getCollection(OParlPeople.NAMED).updateMany(new Document(),
                new Document("$unset", new Document("naming", "")));
        EVENINGS.forEach(evening -> readModels.getCollection(OParlPeople.NAMINGS_BEFORE).insertOne(new Document("_id",
                COMMITTEE + "/" + FRYER_KEY + "@" + evening).append("person", COMMITTEE + "/" + FRYER_KEY)
                .append("meeting", evening)));

        OParlPeople upgraded = new OParlPeople(readModels, mock(Committees.class));

        assertThat(eveningsNamingFryer()).isEqualTo(3);
        assertThat(readModels.listCollectionNames().into(new ArrayList<>())).doesNotContain(OParlPeople.NAMINGS_BEFORE);
        upgraded.write(List.of(rows(struckOut(EVENINGS.get(0))), rows(struckOut(EVENINGS.get(1)))));
        assertThat(fryer().deleted()).as("the third evening still names her").isFalse();
        upgraded.write(List.of(rows(struckOut(EVENINGS.get(2)))));
        assertThat(fryer().deleted()).isTrue();
    }

    /** The evenings whose document says they name her, as a meeting that un-names her looks for them. */
    private long eveningsNamingFryer() {
        return readModels.getCollection(OParlPeople.NAMED).countDocuments(new Document("naming",
                COMMITTEE + "/" + FRYER_KEY));
    }

    private OParlPeople.Stored fryer() {
        return people.find(List.of(COMMITTEE), FRYER_KEY).orElseThrow();
    }

    private List<String> listed() {
        return people.page(List.of(COMMITTEE), TimeFilters.of(null, null, null, null), new Paging(0, 10)).items();
    }

    private List<Document> stored() {
        return stored(readModels);
    }

    /** Every document of the people's read model, less the mark of change each naming written leaves. */
    private static List<Document> stored(MongoDatabase readModels) {
        List<Document> all = new ArrayList<>();
        for (String collection : List.of(OParlPeople.PEOPLE, OParlPeople.NAMED)) {
            readModels.getCollection(collection).find().sort(new Document("_id", 1)).forEach(document -> {
                document.remove("namingsWritten");
                all.add(document);
            });
        }
        return all;
    }

    private static MeetingStory attended(String evening) {
        return MeetingStory.ofAMeeting(evening).then(new MeetingScheduled(evening, COMMITTEE,
                "Children and Families Overview and Scrutiny Committee", false, LocalDate.parse(evening.substring(12)),
                LocalTime.of(14, 0), "Europe/London", "County Hall, Glenfield", List.of(), null),
                new MemberAttended(evening, FRYER));
    }

    /** Her attendance struck out: the clerk minuted her at a meeting she did not attend. */
    private static MeetingStory struckOut(String evening) {
        return attended(evening).then(new FactCorrected(evening, 1, "minutebook.MemberAttended", null,
                "Mrs Fryer sent apologies", CLERK, null));
    }

    private static RecordRows rows(MeetingStory story) {
        return new RecordRows(story.record());
    }

    private static Document keptBefore(String member, List<String> meetings) {
        return new Document("_id", COMMITTEE + "/id:" + member).append("committee", COMMITTEE)
                .append("identity", "id:" + member)
                .append("person", new Document("id", member).append("name", member).append("role", null))
                .append("meetings", meetings).append("created", "2020-09-16T08:00:00Z")
                .append("modified", "2020-10-14T08:00:00Z");
    }
}
