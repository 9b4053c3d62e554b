package org.minutebook.events.committees;

import org.minutebook.events.CommitteeEvent;
import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * A committee took a new name from a date; meetings before it keep the name they were held under
 * (000's commission is named "up to 28th April 2021").
 *
 * @param committeeId the committee
 * @param name the new name
 * @param effectiveFrom the first day of the new name
 */
@EventVersion(1)
public record CommitteeRenamed(
        String committeeId,
        String name,
        LocalDate effectiveFrom) implements CommitteeEvent {
}
