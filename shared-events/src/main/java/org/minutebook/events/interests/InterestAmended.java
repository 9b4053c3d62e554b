package org.minutebook.events.interests;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * An interest in the register reads differently from a day on: the member notified a change (a new post, a
 * shareholding sold, an interest ended), or an entry made wrongly was corrected from the day it was registered. The
 * entry as it read before stays in the register's history; from {@code asOf} on it reads as given here, whole.
 *
 * @param registerId the register
 * @param entryId the entry amended
 * @param category the heading it is listed under, or null when the register does not say
 * @param description the interest, in the register's words
 * @param from the first day of the interest, or null when the register does not give it
 * @param until the last day of the interest, or null while it lasts or when the register does not give it
 * @param sensitive withheld from the public as a sensitive interest (s.32)
 * @param asOf the first day the register read so
 * @param reason why, as the register or the monitoring officer notes it, or null when not stated
 */
@EventVersion(1)
public record InterestAmended(
        String registerId,
        String entryId,
        RegisterCategory category,
        String description,
        LocalDate from,
        LocalDate until,
        boolean sensitive,
        LocalDate asOf,
        String reason) implements InterestsEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
