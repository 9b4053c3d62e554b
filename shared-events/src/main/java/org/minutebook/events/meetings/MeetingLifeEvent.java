package org.minutebook.events.meetings;

import org.minutebook.events.MeetingEvent;

/**
 * The meeting's own life: scheduled, rescheduled or cancelled; opened, adjourned, resumed and closed; who took the
 * chair or vice-chair (docs/events.md, "Meetings").
 */
public sealed interface MeetingLifeEvent extends MeetingEvent permits MeetingScheduled, MeetingRescheduled,
        MeetingCancelled, MeetingOpened, MeetingAdjourned, MeetingResumed, MeetingClosed, MeetingRoleTaken {

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R byPart(MeetingEvent.Parts<R> parts) {
        return parts.meeting(this);
    }

    /** An answer for each event of the part: one added fails to compile until every reader of the part answers it. */
    interface Visitor<R> {

        R on(MeetingScheduled event);

        R on(MeetingRescheduled event);

        R on(MeetingCancelled event);

        R on(MeetingOpened event);

        R on(MeetingAdjourned event);

        R on(MeetingResumed event);

        R on(MeetingClosed event);

        R on(MeetingRoleTaken event);
    }
}
