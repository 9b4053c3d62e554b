package org.minutebook.command.attendance;

import org.minutebook.command.kernel.Rule;

/**
 * Who was there: nobody both present and absent, a substitute only for a member who sent apologies (and present as
 * one, not merely in attendance), a late arrival or early departure only of someone present, and none that would
 * make a vote already recorded unlawful ({@code contradicts-recorded-vote}). The rules of this part of the record, each by its id as
 * docs/events.md lists it under "Attendance", each with its story in AttendanceRulesTest.
 */
public final class AttendanceRules {

    public static final Rule PRESENT_AND_ABSENT = Rule.conflict("present-and-absent");
    public static final Rule ATTENDANCE_ALREADY_RECORDED = Rule.conflict("attendance-already-recorded");
    public static final Rule APOLOGY_ALREADY_RECORDED = Rule.conflict("apology-already-recorded");
    public static final Rule SUBSTITUTE_WITHOUT_APOLOGY = Rule.conflict("substitute-without-apology");
    public static final Rule SUBSTITUTE_FOR_NON_MEMBER = Rule.invalid("substitute-for-non-member");
    public static final Rule MEMBER_ALREADY_SUBSTITUTED = Rule.conflict("member-already-substituted");
    public static final Rule MEMBER_NOT_PRESENT = Rule.conflict("member-not-present");
    public static final Rule MEMBER_ALREADY_LEFT = Rule.conflict("member-already-left");
    public static final Rule SUBSTITUTE_IN_ATTENDANCE = Rule.invalid("substitute-in-attendance");

    private AttendanceRules() {
    }
}
