package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The meeting closed ("The meeting closed at 7.00pm", "The meeting closed at 12.20am"), and the minutes end with a
 * block for the signature of the person who chairs the meeting that confirms them ("CHAIRMAN", "Chair", "Mayor").
 * Its minutes stay a draft, to which facts may still be added, until they are confirmed at a later meeting.
 * <p>
 * Version 3 adds {@code closedOn}, so that a meeting that sits past midnight closes on the day after, and
 * {@code signatureRole}; a version-2 event closed on the meeting's day, with no signature block stated.
 *
 * @param meetingId the meeting
 * @param closedAt the time of day it closed, civil time in the meeting's time zone; or null when the minutes do not
 *                 state it. A time of day, so that a meeting whose date the page does not state ("the meeting
 *                 finished at 8:20pm") still closes at its time
 * @param closedOn the day it closed when that is not the meeting's day (a sitting past midnight, or a meeting
 *                 adjourned to a later day), or null when it closed on the meeting's day or the day is not stated
 * @param signatureRole the office the signature block of the minutes names, as the page writes it ("CHAIRMAN",
 *                      "Chair", "Mayor"), or null when the page shows no signature block
 */
@EventVersion(3)
public record MeetingClosed(
        String meetingId,
        LocalTime closedAt,
        LocalDate closedOn,
        String signatureRole) implements MeetingLifeEvent {

    /** Closed on the meeting's day, no signature block stated. */
    public MeetingClosed(String meetingId, LocalTime closedAt) {
        this(meetingId, closedAt, null, null);
    }

    @Override
    public <R> R accept(MeetingLifeEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
