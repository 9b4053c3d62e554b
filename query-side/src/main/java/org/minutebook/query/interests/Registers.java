package org.minutebook.query.interests;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.record.ChunkedDocuments;
import org.minutebook.query.record.RecordJson;
import org.minutebook.query.record.VersionWaits;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The registers of interests: each read by its id, a member's across councils, a meeting's members' together. A
 * register is kept as a small head ({@value #NAME}: its member, council and version) and its lists (interests with
 * their readings, gifts and hospitality, dispensations, and any list the register gains) in chunks of at most
 * {@value #CHUNK_ENTRIES} entries ({@value #CHUNKS}; {@link ChunkedDocuments}), so no document grows with the
 * register.
 */
@Component
public class Registers {

    static final String NAME = "registers_of_interests";
    static final String CHUNKS = "register_of_interests_chunks";
    /**
     * Entries of a chunk: an entry is at most a few kilobytes (a description of 2,000 characters; an interest with each
     * of its readings), so a chunk stays far below MongoDB's 16 MB unless one interest is amended thousands of times.
     */
    static final int CHUNK_ENTRIES = 64;

    private final ChunkedDocuments<StoredRegister> registers;
    private final VersionWaits waits;

    Registers(MongoDatabase readModels, RecordJson json, VersionWaits waits) {
        this.registers = new ChunkedDocuments<>(readModels, NAME, CHUNKS, CHUNK_ENTRIES, json, StoredRegister.class);
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
        registers.heads().find(Filters.eq("member.id", memberId)).sort(Sorts.ascending("council"))
                .forEach(head -> found.add(registers.read(head)));
        return found;
    }

    /** The registers with the council of the members named. */
    public List<StoredRegister> ofMembers(String council, Collection<String> memberIds) {
        List<StoredRegister> found = new ArrayList<>();
        if (council != null && !memberIds.isEmpty()) {
            registers.heads().find(Filters.and(Filters.eq("council", council), Filters.in("member.id", memberIds)))
                    .forEach(head -> found.add(registers.read(head)));
        }
        return found;
    }

    Optional<StoredRegister> find(String registerId) {
        return registers.find(registerId);
    }

    /** The register as {@link #find} reads it, for the projection to change and {@link #save}. */
    Optional<StoredRegister> findForChange(String registerId) {
        return registers.findForChange(registerId);
    }

    void save(StoredRegister register) {
        registers.save(register.registerId(), register);
    }

    void drop() {
        registers.drop();
    }
}
