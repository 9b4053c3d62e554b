package org.minutebook.events.published;

import org.minutebook.events.Person;

import java.time.LocalDate;
import java.util.List;

/**
 * What the confirmation of minutes records.
 *
 * @param confirmedMeetingId   the earlier meeting whose minutes were confirmed here, or null
 * @param confirmedMeetingDate its date, or null
 * @param correctionsNoted     corrections noted before confirmation
 * @param atMeetingId          the later meeting that confirmed this meeting's minutes, or null
 * @param signedBy             who signed them, or null
 */
public record Minutes(String confirmedMeetingId, LocalDate confirmedMeetingDate, List<String> correctionsNoted,
                      String atMeetingId, Person signedBy) {

    public Minutes {
        correctionsNoted = correctionsNoted == null ? List.of() : List.copyOf(correctionsNoted);
    }
}
