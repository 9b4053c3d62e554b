package org.minutebook.events.actions;

import org.minutebook.events.MeetingEvent;

/**
 * What a decision asked for after the meeting, and its doing: further reports, referrals, actions agreed and
 * completed (docs/events.md, "Actions and referrals").
 */
public sealed interface FollowUpEvent extends MeetingEvent permits FurtherReportRequested, ReferralMade,
        ActionAgreed, ActionCompleted {

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R byPart(MeetingEvent.Parts<R> parts) {
        return parts.followUps(this);
    }

    /** An answer for each event of the part: one added fails to compile until every reader of the part answers it. */
    interface Visitor<R> {

        R on(FurtherReportRequested event);

        R on(ReferralMade event);

        R on(ActionAgreed event);

        R on(ActionCompleted event);
    }
}
