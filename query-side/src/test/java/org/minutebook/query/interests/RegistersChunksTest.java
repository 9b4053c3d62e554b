package org.minutebook.query.interests;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minutebook.events.Person;
import org.minutebook.events.interests.RegisterCategory;
import org.minutebook.query.record.LocalReadModels;
import org.minutebook.query.record.RecordJson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Councillor Taylor's register of 2,000 interests of 2,000 characters each (the most the command side takes: as one
 * document it weighed 4.6 MB, and 20,000 would not fit in one; chunked, the largest document was 147 KB at 20,000),
 * kept on the MongoDB-wire server: no document grows with the register, it reads back whole, and an amendment
 * rewrites only the chunk of the interest amended.
 */
class RegistersChunksTest {

    private static final String REGISTER = "interests.test-council.deborah-taylor";
    private static final Instant RECORDED = Instant.parse("2021-05-21T09:00:00Z");
    private static final String DESCRIPTION = "Director and shareholder, Glenfield Homes Ltd. ".repeat(43)
            .substring(0, 2000);

    @RegisterExtension
    static final LocalReadModels MONGO = new LocalReadModels();

    private MongoDatabase database;
    private Registers registers;

    @BeforeEach
    void start() {
        database = MONGO.empty("registers");
        // no read waits for a version here: it is read as stored
        registers = new Registers(database, new RecordJson(), null);
    }

    @Test
    void twoThousandLongInterestsKeepEveryDocumentSmallAndReadBackWhole() {
        registers.save(register(2_000));

        StoredRegister read = registers.find(REGISTER).orElseThrow();
        int largest = LocalReadModels.largestDocument(database, Registers.NAME, Registers.CHUNKS);
        System.out.println("A register of 2,000 interests: largest document " + largest + " bytes, "
                + database.getCollection(Registers.CHUNKS).countDocuments() + " chunks");
        assertThat(read.interests()).hasSize(2_000);
        assertThat(read.interests().get(1_999).entryId()).isEqualTo("interest-1999");
        assertThat(read.member().name()).isEqualTo("Councillor Deborah Taylor");
        assertThat(largest).isLessThan(256 * 1024);
    }

    @Test
    void anAmendmentRewritesOnlyTheChunkOfTheInterestAmended() {
        registers.save(register(3 * Registers.CHUNK_ENTRIES));
        // a mark no write of the register makes: a chunk written again loses it
        database.getCollection(Registers.CHUNKS).updateMany(Filters.exists("_id"), Updates.set("mark", true));

        StoredRegister read = registers.findForChange(REGISTER).orElseThrow();
        registers.save(read.amended("interest-70", new StoredRegister.Reading(LocalDate.of(2022, 1, 10), RECORDED,
                RegisterCategory.SECURITIES, "Shareholder, Glenfield Homes Ltd", null, null, false, "Sold the"
                + " directorship"), read.version() + 1));

        StoredRegister after = registers.find(REGISTER).orElseThrow();
        assertThat(after.interests().get(70).readings()).extracting(StoredRegister.Reading::reason)
                .containsExactly(null, "Sold the directorship");
        assertThat(after.version()).isEqualTo(read.version() + 1);
        assertThat(marked()).containsExactly(REGISTER + "#interests#0", REGISTER + "#interests#2");
    }

    private static StoredRegister register(int interests) {
        List<StoredRegister.Interest> entries = new ArrayList<>();
        for (int entry = 0; entry < interests; entry++) {
            entries.add(new StoredRegister.Interest("interest-" + entry, LocalDate.of(2021, 5, 20), RECORDED,
                    List.of(new StoredRegister.Reading(null, RECORDED,
                            RegisterCategory.EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION, DESCRIPTION,
                            LocalDate.of(2021, 5, 20), null, false, null))));
        }
        return new StoredRegister(REGISTER, "Test Council", new Person("deborah-taylor", "Councillor Deborah Taylor"),
                interests, entries, List.of(), List.of());
    }

    private List<String> marked() {
        List<String> ids = new ArrayList<>();
        database.getCollection(Registers.CHUNKS).find(Filters.eq("mark", true))
                .forEach(chunk -> ids.add(chunk.getString("_id")));
        ids.sort(null);
        return ids;
    }
}
