package org.minutebook.events.interests;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * An interest was entered in a member's register ("Employment: Director, Glenfield Homes Ltd"). Its dates are the
 * register's: when the interest began and ended, and when the member registered it; when it was recorded here is the
 * event's own time.
 *
 * @param registerId the register
 * @param entryId the entry's id within the register
 * @param category the heading it is listed under, or null when the register does not say
 * @param description the interest, in the register's words
 * @param from the first day of the interest, or null when the register does not give it
 * @param until the last day of the interest, or null while it lasts or when the register does not give it
 * @param registeredOn the day the member registered it, or null when the register does not give it (then the day
 *                     it was recorded here stands for it)
 * @param sensitive withheld from the public as a sensitive interest (Localism Act 2011 s.32): the entry is in the
 *                  register, its details are not published
 */
@EventVersion(1)
public record InterestRegistered(
        String registerId,
        String entryId,
        RegisterCategory category,
        String description,
        LocalDate from,
        LocalDate until,
        LocalDate registeredOn,
        boolean sensitive) implements InterestsEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
