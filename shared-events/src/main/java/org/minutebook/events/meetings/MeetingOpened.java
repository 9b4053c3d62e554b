package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.Person;

import java.time.LocalDateTime;

/**
 * The meeting opened, with who was in the chair.
 *
 * @param meetingId the meeting
 * @param openedAt the actual start, council's local time
 * @param chair who chaired ("Mrs. H. J. Fryer CC (in the Chair)")
 */
@EventVersion(1)
public record MeetingOpened(
        String meetingId,
        LocalDateTime openedAt,
        Person chair) implements MeetingEvent {
}
