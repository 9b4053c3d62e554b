package org.minutebook.command.kernel;

/**
 * What every part of the record keeps: a fact is recorded once the meeting is held and until its minutes are
 * confirmed (recordable), a time of day needs a day, and a fact that changes who presides or is present at an item
 * leaves every vote already recorded lawful. The rules of this part of the record, each by its id as
 * docs/events.md lists it under "The minutes' life", each with its story in MeetingLifecycleRulesTest and the
 * parts' rules tests.
 */
public final class SharedRules {

    public static final Rule MINUTES_CONFIRMED = Rule.conflict("minutes-confirmed");
    public static final Rule MEETING_NOT_OPEN = Rule.conflict("meeting-not-open");
    public static final Rule MEETING_CANCELLED = Rule.conflict("meeting-cancelled");
    public static final Rule TIME_WITHOUT_DATE = Rule.invalid("time-without-date");
    public static final Rule CONTRADICTS_RECORDED_VOTE = Rule.conflict("contradicts-recorded-vote");

    private SharedRules() {
    }
}
