package org.minutebook.query.interests;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.minutebook.events.Person;
import org.minutebook.events.interests.RegisterCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member's register as it stood on a day: the interests registered by then (an entry whose day of registration the
 * register does not give stands from the day it was recorded), each as it read that day and not ended before it;
 * the gifts and hospitality registered by then; the dispensations registered by then and not expired. With an
 * instant, only what was recorded by then. A sensitive interest (Localism Act 2011 s.32) shows to the public as an
 * entry whose details are withheld.
 *
 * @param on the day
 * @param asOf the instant, or null for everything recorded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegisterAsItStood(String registerId, String council, Person member, long version, LocalDate on,
                                Instant asOf, List<InterestRow> interests, List<StoredRegister.Gift> giftsAndHospitality,
                                List<StoredRegister.Dispensation> dispensations) {

    /** The days of the register are the council's civil days. */
    static final ZoneId COUNCIL_DAYS = ZoneId.of("Europe/London");
    static final String WITHHELD = "Sensitive interest: details withheld under section 32 of the Localism Act 2011";

    /**
     * An interest as it read on the day.
     *
     * @param amendedAsOf the first day of the reading shown, when it is an amendment; null for the entry as registered
     * @param withheld why its details are not shown, or null when they are
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InterestRow(String entryId, RegisterCategory category, String description, LocalDate from,
                              LocalDate until, LocalDate registeredOn, Instant recordedAt, boolean sensitive,
                              LocalDate amendedAsOf, String reason, String withheld) {
    }

    static RegisterAsItStood of(StoredRegister register, LocalDate on, Instant asOf, boolean readsSensitive) {
        List<InterestRow> interests = register.interests().stream()
                .filter(interest -> recordedBy(interest.recordedAt(), asOf)
                        && !standsFrom(interest.registeredOn(), interest.recordedAt()).isAfter(on))
                .flatMap(interest -> readingOn(interest, on, asOf)
                        .filter(reading -> reading.until() == null || !reading.until().isBefore(on))
                        .map(reading -> row(interest, reading, readsSensitive)).stream())
                .toList();
        List<StoredRegister.Gift> gifts = readingsBy(register.giftsAndHospitality(), on, asOf);
        List<StoredRegister.Dispensation> dispensations = readingsBy(register.dispensations(), on, asOf).stream()
                .filter(dispensation -> dispensation.until() == null || !dispensation.until().isBefore(on))
                .toList();
        return new RegisterAsItStood(register.registerId(), register.council(), register.member(),
                register.version(), on, asOf, interests, gifts, dispensations);
    }

    /**
     * Each entry standing on the day, in its last reading recorded by the instant: as corrected, or, read as recorded
     * before its correction, as it read then.
     */
    static <T extends StoredRegister.Entry> List<T> readingsBy(List<T> readings, LocalDate on, Instant asOf) {
        Map<String, T> last = new LinkedHashMap<>();
        readings.stream()
                .filter(reading -> recordedBy(reading.readingRecordedAt(), asOf)
                        && !standsFrom(reading.registeredOn(), reading.recordedAt()).isAfter(on))
                .forEach(reading -> last.put(reading.entryId(), reading));
        return List.copyOf(last.values());
    }

    /** The reading of the interest on the day: the latest to take effect by then, of those recorded by the instant. */
    static Optional<StoredRegister.Reading> readingOn(StoredRegister.Interest interest, LocalDate on, Instant asOf) {
        return interest.readings().stream()
                .filter(reading -> recordedBy(reading.recordedAt(), asOf)
                        && (reading.asOf() == null || !reading.asOf().isAfter(on)))
                .max(Comparator.comparing((StoredRegister.Reading reading) -> reading.asOf() == null ? LocalDate.MIN
                        : reading.asOf()).thenComparing(StoredRegister.Reading::recordedAt));
    }

    private static InterestRow row(StoredRegister.Interest interest, StoredRegister.Reading reading,
                                   boolean readsSensitive) {
        if (reading.sensitive() && !readsSensitive) {
            return new InterestRow(interest.entryId(), null, null, null, null, interest.registeredOn(),
                    interest.recordedAt(), true, null, null, WITHHELD);
        }
        return new InterestRow(interest.entryId(), reading.category(), reading.description(), reading.from(),
                reading.until(), interest.registeredOn(), interest.recordedAt(), reading.sensitive(), reading.asOf(),
                reading.reason(), null);
    }

    /** The day an entry stands in the register from: the day registered, else the day it was recorded. */
    static LocalDate standsFrom(LocalDate registeredOn, Instant recordedAt) {
        return registeredOn != null ? registeredOn : LocalDate.ofInstant(recordedAt, COUNCIL_DAYS);
    }

    private static boolean recordedBy(Instant recordedAt, Instant asOf) {
        return asOf == null || !recordedAt.isAfter(asOf);
    }
}
