package org.minutebook.query.interests;

import org.minutebook.events.Person;
import org.minutebook.events.interests.RegisterCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A member's register of interests with a council as the read model keeps it: every entry with both its dates (the
 * register's, and when it was recorded), each interest with every reading it has had, so the register can be read as
 * it stood on any day.
 *
 * @param version the sequence number of the last event it holds: an event delivered again changes nothing
 */
public record StoredRegister(String registerId, String council, Person member, long version,
                             List<Interest> interests, List<Gift> giftsAndHospitality,
                             List<Dispensation> dispensations) {

    public StoredRegister {
        interests = List.copyOf(interests);
        giftsAndHospitality = List.copyOf(giftsAndHospitality);
        dispensations = List.copyOf(dispensations);
    }

    static StoredRegister empty(String registerId) {
        return new StoredRegister(registerId, null, null, -1, List.of(), List.of(), List.of());
    }

    /**
     * An interest and its readings, the first as registered, each later one from its {@code asOf}.
     *
     * @param registeredOn the day the member registered it, or null when the register does not give it
     * @param recordedAt when it was recorded here
     */
    public record Interest(String entryId, LocalDate registeredOn, Instant recordedAt, List<Reading> readings) {

        public Interest {
            readings = List.copyOf(readings);
        }
    }

    /**
     * What an interest read from a day on.
     *
     * @param asOf the first day it read so; null for the reading as registered
     * @param reason why it was amended, or null
     */
    public record Reading(LocalDate asOf, Instant recordedAt, RegisterCategory category, String description,
                          LocalDate from, LocalDate until, boolean sensitive, String reason) {
    }

    /**
     * A gift or hospitality as registered, or as corrected: each reading is a row of its own, so the register read as
     * recorded by an instant shows the entry as it read then.
     *
     * @param recordedAt when the entry was first recorded here
     * @param correction the correction this reading is, or null for the entry as registered
     */
    public record Gift(String entryId, String description, String donor, BigDecimal value, LocalDate receivedOn,
                       LocalDate registeredOn, Instant recordedAt, Correction correction) implements Entry {
    }

    /** A dispensation as granted, or as corrected: a row per reading, as a gift's. */
    public record Dispensation(String entryId, String grantedBy, String forWhat, LocalDate from, LocalDate until,
                               LocalDate registeredOn, Instant recordedAt, Correction correction) implements Entry {
    }

    /**
     * A correction of an entry entered wrongly: the entry reads so as it should always have read.
     *
     * @param correctedAt when the correction was recorded
     * @param reason why
     * @param correctedBy who corrected it
     */
    public record Correction(Instant correctedAt, String reason, Person correctedBy) {
    }

    /** A gift or a dispensation, in one of its readings. */
    sealed interface Entry permits Gift, Dispensation {

        String entryId();

        LocalDate registeredOn();

        Instant recordedAt();

        Correction correction();

        /** When this reading was recorded: the entry's, or its correction's. */
        default Instant readingRecordedAt() {
            return correction() == null ? recordedAt() : correction().correctedAt();
        }
    }

    StoredRegister opened(String council, Person member, long at) {
        return new StoredRegister(registerId, council, member, at, interests, giftsAndHospitality, dispensations);
    }

    StoredRegister with(Interest interest, long at) {
        List<Interest> more = new ArrayList<>(interests);
        int held = more.stream().map(Interest::entryId).toList().indexOf(interest.entryId());
        if (held < 0) {
            more.add(interest);
        } else {
            more.set(held, interest);
        }
        return new StoredRegister(registerId, council, member, at, more, giftsAndHospitality, dispensations);
    }

    StoredRegister with(Gift gift, long at) {
        List<Gift> more = new ArrayList<>(giftsAndHospitality);
        more.add(gift);
        return new StoredRegister(registerId, council, member, at, interests, more, dispensations);
    }

    StoredRegister with(Dispensation dispensation, long at) {
        List<Dispensation> more = new ArrayList<>(dispensations);
        more.add(dispensation);
        return new StoredRegister(registerId, council, member, at, interests, giftsAndHospitality, more);
    }

    /** The gift as corrected, a reading after those it had; the register unchanged when it holds no such gift. */
    StoredRegister corrected(String entryId, Function<Gift, Gift> correction, long at) {
        return lastReading(giftsAndHospitality, entryId).map(gift -> with(correction.apply(gift), at)).orElse(this);
    }

    /** The dispensation as corrected, as a gift is. */
    StoredRegister correctedDispensation(String entryId, Function<Dispensation, Dispensation> correction, long at) {
        return lastReading(dispensations, entryId).map(held -> with(correction.apply(held), at)).orElse(this);
    }

    private static <T extends Entry> Optional<T> lastReading(List<T> entries, String entryId) {
        return entries.stream().filter(entry -> entry.entryId().equals(entryId)).reduce((first, then) -> then);
    }

    /** The interest with its new reading; the register unchanged when it holds no such interest. */
    StoredRegister amended(String entryId, Reading reading, long at) {
        return interests.stream().filter(interest -> interest.entryId().equals(entryId)).findFirst()
                .map(interest -> {
                    List<Reading> readings = new ArrayList<>(interest.readings());
                    readings.add(reading);
                    return with(new Interest(entryId, interest.registeredOn(), interest.recordedAt(), readings), at);
                })
                .orElse(this);
    }
}
