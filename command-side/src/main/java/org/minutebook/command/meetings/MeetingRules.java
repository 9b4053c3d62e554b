package org.minutebook.command.meetings;

import org.minutebook.command.kernel.Rule;

/**
 * The meeting's own life: scheduled once, moved only before it opens, its times in order on its day, its chair. The
 * rules of this part of the record, each by its id as docs/events.md lists it under "Meetings", each with its story
 * in MeetingLifecycleRulesTest, MeetingTimesAndRolesTest and SchedulingAMeetingTest.
 */
public final class MeetingRules {

    public static final Rule COMMITTEE_NOT_REGISTERED = Rule.invalid("committee-not-registered");
    public static final Rule DATE_DISAGREES_WITH_START = Rule.invalid("date-disagrees-with-start");
    public static final Rule MEETING_ALREADY_SCHEDULED = Rule.conflict("meeting-already-scheduled");
    public static final Rule MEETING_ALREADY_OPENED = Rule.conflict("meeting-already-opened");
    public static final Rule OPENED_ON_OTHER_DAY = Rule.invalid("opened-on-other-day");
    public static final Rule MEETING_ADJOURNED = Rule.conflict("meeting-adjourned");
    public static final Rule MEETING_CLOSED = Rule.conflict("meeting-closed");
    public static final Rule TIME_OUT_OF_ORDER = Rule.invalid("time-out-of-order");
    public static final Rule MEETING_NOT_ADJOURNED = Rule.conflict("meeting-not-adjourned");
    public static final Rule MEETING_ALREADY_CLOSED = Rule.conflict("meeting-already-closed");
    public static final Rule CLOSED_ON_OTHER_DAY = Rule.invalid("closed-on-other-day");
    public static final Rule CLOSE_BEFORE_START = Rule.invalid("close-before-start");
    public static final Rule CHAIR_ALREADY_RECORDED = Rule.conflict("chair-already-recorded");

    private MeetingRules() {
    }
}
