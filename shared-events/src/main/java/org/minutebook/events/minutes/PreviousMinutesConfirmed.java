package org.minutebook.events.minutes;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

import java.time.LocalDate;
import java.util.List;

/**
 * At this meeting, the minutes of an earlier meeting of the committee were confirmed as a correct
 * record ("taken as read, confirmed and signed").
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param confirmedMeetingId the earlier meeting, when it is recorded here; null for one that is not
 * @param confirmedMeetingDate the date of the earlier meeting, or null when the page does not state it
 * @param correctionsNoted corrections noted before confirmation, in the words recorded
 * @param takenAsRead the minutes were taken as read ("taken as read, confirmed and signed")
 * @param signed the minutes were signed at this meeting ("signed as a true record")
 * @param signedBy who signed them, or null when the page does not name them or they were not signed
 * @param movedBy who moved that they be confirmed ("On the proposition of …"), or null when not stated
 * @param secondedBy who seconded the motion to confirm them, or null when not stated
 */
@EventVersion(3)
public record PreviousMinutesConfirmed(
        String meetingId,
        String itemId,
        String confirmedMeetingId,
        LocalDate confirmedMeetingDate,
        List<String> correctionsNoted,
        boolean takenAsRead,
        boolean signed,
        Person signedBy,
        Person movedBy,
        Person secondedBy) implements MinutesEvent {

    @Override
    public <R> R accept(MinutesEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }

    public PreviousMinutesConfirmed {
        correctionsNoted = correctionsNoted == null ? List.of() : List.copyOf(correctionsNoted);
    }
}
