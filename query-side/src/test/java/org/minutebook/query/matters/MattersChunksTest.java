package org.minutebook.query.matters;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minutebook.query.record.LocalReadModels;
import org.minutebook.query.record.RecordJson;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review of home to school transport, taken up by 5,000 items (ten times the 500 a path once held), kept on
 * the MongoDB-wire server: no document grows with the path, and the path reads back whole, in order, with a step
 * struck out, a projection stopped between a chunk and its head, and the records naming it arriving in any order.
 */
class MattersChunksTest {

    private static final String MATTER = "home-to-school-transport";
    private static final Instant RECORDED = Instant.parse("2021-01-19T17:00:00Z");
    /** A meeting's id as long as real ones. */
    private static final String MEETING = "leics-children-and-families-overview-and-scrutiny-";
    private static final RecordJson JSON = new RecordJson();

    @RegisterExtension
    static final LocalReadModels MONGO = new LocalReadModels();

    private MongoDatabase database;
    private Matters matters;

    @BeforeEach
    void start() {
        database = MONGO.empty("matters");
        // no read waits for a version here: it is read as stored
        matters = new Matters(database, JSON, null);
    }

    @Test
    void fiveThousandItemsKeepEveryDocumentSmallAndReadBackInOrder() {
        StoredMatter matter = opened();
        for (int step = 0; step < 5_000; step++) {
            matter = matter.considered(new StoredMatter.Step(MEETING + step, "item-" + step, RECORDED), step + 1);
        }
        matters.save(matter);

        StoredMatter read = matters.find(MATTER).orElseThrow();
        int largest = LocalReadModels.largestDocument(database, Matters.NAME, Matters.CHUNKS);
        System.out.println("A matter of 5,000 items: largest document " + largest + " bytes, "
                + database.getCollection(Matters.CHUNKS).countDocuments() + " chunks");
        assertThat(read.steps()).hasSize(5_000);
        assertThat(read.steps().get(4_999).itemId()).isEqualTo("item-4999");
        assertThat(largest).isLessThan(256 * 1024);
    }

    @Test
    void aStepStruckOutLeavesThePathAndTheEntriesAfterAFullChunkBeginTheNext() {
        StoredMatter matter = opened();
        for (int step = 0; step < Matters.CHUNK_ENTRIES; step++) {
            matter = matter.considered(new StoredMatter.Step(MEETING + step, "item-7", RECORDED), step + 1);
        }
        matters.save(matter);
        StoredMatter read = matters.findForChange(MATTER).orElseThrow();
        matters.save(read.without(new StoredMatter.StruckOut(MEETING + 3, "item-7", "Not taken up", RECORDED),
                Matters.CHUNK_ENTRIES + 1));

        StoredMatter after = matters.find(MATTER).orElseThrow();
        assertThat(after.steps()).hasSize(Matters.CHUNK_ENTRIES - 1)
                .noneMatch(step -> step.meetingId().equals(MEETING + 3));
        assertThat(after.struckOut()).extracting(StoredMatter.StruckOut::reason).containsExactly("Not taken up");
        assertThat(database.getCollection(Matters.CHUNKS).countDocuments()).isEqualTo(2);
    }

    @Test
    void anEntryItsHeadDoesNotCountIsReadAsAbsentAndWrittenOnceWhenDeliveredAgain() {
        matters.save(opened().considered(new StoredMatter.Step(MEETING + 1, "item-7", RECORDED), 1));
        Document headBefore = database.getCollection(Matters.NAME).find(Filters.eq("_id", MATTER)).first();
        // a projection that wrote the chunk of the next step, then stopped before its head
        StoredMatter read = matters.findForChange(MATTER).orElseThrow();
        matters.save(read.considered(new StoredMatter.Step(MEETING + 2, "item-4", RECORDED), 2));
        database.getCollection(Matters.NAME).replaceOne(Filters.eq("_id", MATTER), headBefore);

        StoredMatter again = matters.findForChange(MATTER).orElseThrow();
        assertThat(again.steps()).extracting(StoredMatter.Step::meetingId).containsExactly(MEETING + 1);
        matters.save(again.considered(new StoredMatter.Step(MEETING + 2, "item-4", RECORDED), 2));
        assertThat(matters.find(MATTER).orElseThrow().steps()).extracting(StoredMatter.Step::meetingId)
                .containsExactly(MEETING + 1, MEETING + 2);
    }

    @Test
    void theRecordsNamingItAreKeptInOneOrderWhateverTheOrderTheyArrive() {
        StoredMatter.Linked report = new StoredMatter.Linked(StoredMatter.LinkKind.SCRUTINY_REPORT, "transport-report");
        StoredMatter.Linked award = new StoredMatter.Linked(StoredMatter.LinkKind.DECISION_OUTSIDE_MEETING,
                "transport-contract");

        assertThat(opened().linking(report).linking(award).linking(report))
                .isEqualTo(opened().linking(award).linking(report));
    }

    private static StoredMatter opened() {
        return StoredMatter.empty(MATTER).opened("Test Council", "Review of Home to School Transport Policy", null,
                RECORDED, 0);
    }
}
