package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting of a committee was scheduled.
 *
 * @param meetingId   the meeting's stable id
 * @param committeeId the committee that meets
 * @param title       the meeting's title as published, for example "Children and Families Overview and Scrutiny
 *                    Committee"
 * @param special     a special meeting, called outside the committee's ordinary cycle
 * @param startsAt    the advertised start, in the council's local (wall-clock) time
 * @param venue       a room ("Committee Room 3 - Council House") or "Microsoft Teams Meeting"
 * @param contacts    officers to contact about the meeting, in the published order
 * @param webcastUrl  where the meeting is webcast, or null
 */
@EventVersion(1)
public record MeetingScheduled(
        String meetingId,
        String committeeId,
        String title,
        boolean special,
        LocalDateTime startsAt,
        String venue,
        List<MeetingContact> contacts,
        String webcastUrl) implements MeetingEvent {

    public MeetingScheduled {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
