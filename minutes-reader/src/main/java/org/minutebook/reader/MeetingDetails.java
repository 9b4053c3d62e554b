package org.minutebook.reader;

import org.minutebook.events.Person;
import org.minutebook.events.meetings.MeetingContact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The meeting as the page heads it. {@code title} is the committee's name as the heading writes it, qualifiers
 * included ("… Commission (up to 28th April 2021)"); {@code committee} is the name without a qualifier of dates.
 * {@code startsAt} is the advertised start; {@code openedAt} the time it sat from, where the page records it
 * (printed minutes close with "9.30am – 12.12pm"). {@code chair} is the person named "in the Chair", else the
 * office the page refers to ("The Chair"), else null.
 */
public record MeetingDetails(String committee, String title, String council, boolean special, LocalDate date,
                             LocalTime startsAt, LocalTime openedAt, LocalTime closedAt, String venue, List<MeetingContact> contacts,
                             Person chair, String webcastUrl) {

    public MeetingDetails {
        contacts = List.copyOf(contacts);
    }
}
