package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

import java.time.LocalDateTime;

/**
 * The meeting was held: it opened, with who was in the chair. Recorded live, or afterwards from the clerk's notes.
 *
 * @param meetingId the meeting
 * @param openedAt the actual start, civil time in the meeting's time zone, or null when the minutes do not state it
 * @param chair who chaired ("Mrs. H. J. Fryer CC (in the Chair)"), or null when the minutes do not state it
 */
@EventVersion(2)
public record MeetingOpened(
        String meetingId,
        LocalDateTime openedAt,
        Person chair) implements MeetingLifeEvent {

    @Override
    public <R> R accept(MeetingLifeEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
