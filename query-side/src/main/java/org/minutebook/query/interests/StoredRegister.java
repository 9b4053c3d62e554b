package org.minutebook.query.interests;

import org.minutebook.events.Person;
import org.minutebook.events.interests.RegisterCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's register of interests with a council as the read model keeps it: every entry with both its dates (the
 * register's, and when it was recorded), each interest with every reading it has had, so the register can be read as
 * it stood on any day. One document; the register holds at most 2,000 entries (rule {@code register-full}).
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

    public record Gift(String entryId, String description, String donor, BigDecimal value, LocalDate receivedOn,
                       LocalDate registeredOn, Instant recordedAt) {
    }

    public record Dispensation(String entryId, String grantedBy, String forWhat, LocalDate from, LocalDate until,
                               LocalDate registeredOn, Instant recordedAt) {
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
