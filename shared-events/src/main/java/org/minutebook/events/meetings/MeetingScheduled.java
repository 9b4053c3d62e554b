package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting of a committee was scheduled, or, when the minutes are drafted from a page, entered as the page
 * describes it. What the page does not state is null, never guessed.
 *
 * @param meetingId   the meeting's stable id
 * @param committeeId the committee that meets
 * @param title       the meeting's title as published, for example "Children and Families Overview and Scrutiny
 *                    Committee"
 * @param special     a special meeting, called outside the committee's ordinary cycle
 * @param date        the day of the meeting, or null when the page does not state it (001's page has no header)
 * @param startTime   the advertised start, civil time in {@code timeZone}, or null when not stated
 * @param timeZone    the council's time zone (IANA id, "Europe/London"), in which every time of the meeting is a
 *                    civil (wall-clock) time
 * @param venue       a room ("Committee Room 3 - Council House") or "Microsoft Teams Meeting", or null when not
 *                    stated
 * @param contacts    officers to contact about the meeting, in the published order
 * @param webcastUrl  where the meeting is webcast, or null
 */
@EventVersion(2)
public record MeetingScheduled(
        String meetingId,
        String committeeId,
        String title,
        boolean special,
        LocalDate date,
        LocalTime startTime,
        String timeZone,
        String venue,
        List<MeetingContact> contacts,
        String webcastUrl) implements MeetingLifeEvent {

    @Override
    public <R> R accept(MeetingLifeEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }


    public MeetingScheduled {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
