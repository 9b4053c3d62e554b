package org.minutebook.query.interests;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.record.RecordJson;
import org.minutebook.query.record.VersionWaits;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The registers of interests: each read by its id, a member's across councils, a meeting's members' together. */
@Component
public class Registers {

    static final String NAME = "registers_of_interests";

    private final MongoCollection<Document> registers;
    private final RecordJson json;
    private final VersionWaits waits;

    Registers(MongoDatabase readModels, RecordJson json, VersionWaits waits) {
        this.registers = readModels.getCollection(NAME);
        this.json = json;
        this.waits = waits;
    }

    /**
     * The register as it stood on the day, as recorded by the instant, as the caller may read it; once it holds
     * {@code minVersion} when one is given.
     */
    public RegisterAsItStood asItStood(String registerId, LocalDate on, Instant asOf, Long minVersion,
                                       boolean readsSensitive) {
        waits.await(registerId, minVersion, NAME, () -> find(registerId).map(StoredRegister::version).orElse(-1L));
        StoredRegister register = find(registerId).orElseThrow(() -> new NotFound("No register of interests "
                + registerId + " is recorded (or it is not projected yet)"));
        return RegisterAsItStood.of(register, on, asOf, readsSensitive);
    }

    /** A member's registers, one per council they have one with. */
    public List<StoredRegister> ofMember(String memberId) {
        List<StoredRegister> found = new ArrayList<>();
        registers.find(Filters.eq("member.id", memberId)).sort(Sorts.ascending("council"))
                .forEach(stored -> found.add(read(stored)));
        return found;
    }

    /** The registers with the council of the members named. */
    public List<StoredRegister> ofMembers(String council, Collection<String> memberIds) {
        List<StoredRegister> found = new ArrayList<>();
        if (council != null && !memberIds.isEmpty()) {
            registers.find(Filters.and(Filters.eq("council", council), Filters.in("member.id", memberIds)))
                    .forEach(stored -> found.add(read(stored)));
        }
        return found;
    }

    Optional<StoredRegister> find(String registerId) {
        return Optional.ofNullable(registers.find(Filters.eq("_id", registerId)).first()).map(this::read);
    }

    void save(StoredRegister register) {
        registers.replaceOne(Filters.eq("_id", register.registerId()), json.document(register)
                .append("_id", register.registerId()), new ReplaceOptions().upsert(true));
    }

    void drop() {
        registers.drop();
    }

    private StoredRegister read(Document stored) {
        return json.read(stored, StoredRegister.class);
    }
}
