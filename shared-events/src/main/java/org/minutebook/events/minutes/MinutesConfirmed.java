package org.minutebook.events.minutes;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * This meeting's minutes were confirmed as a correct record at a later meeting. From now on a
 * correction to this meeting must name the meeting at which it is made.
 *
 * @param meetingId the meeting
 * @param atMeetingId the later meeting that confirmed them
 * @param chairOfConfirmingMeeting who chaired that meeting, the only person who may sign; or null when its minutes
 *                                 do not state who chaired
 */
@EventVersion(2)
public record MinutesConfirmed(
        String meetingId,
        String atMeetingId,
        Person chairOfConfirmingMeeting) implements MinutesEvent {

    @Override
    public <R> R accept(MinutesEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
