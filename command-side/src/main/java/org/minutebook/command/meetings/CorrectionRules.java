package org.minutebook.command.meetings;

import org.minutebook.command.kernel.Rule;

/**
 * A correction: of a fact the record holds and may be corrected here, noted at a later meeting once the minutes are
 * confirmed, and decided by the rules of the fact it corrects. The rules of this part of the record, each by its id
 * as docs/events.md lists it under "Corrections", each with its story in CorrectionRulesTest,
 * CorrectionsUnderEveryRuleTest and AMeetingStaysWithItsCouncilTest.
 */
public final class CorrectionRules {

    public static final Rule CORRECTION_TARGET_UNKNOWN = Rule.invalid("correction-target-unknown");
    public static final Rule CORRECTION_OF_CORRECTION = Rule.invalid("correction-of-correction");
    public static final Rule CORRECTION_MUST_NAME_MEETING = Rule.invalid("correction-must-name-meeting");
    public static final Rule CORRECTION_NOTED_AT_OWN_MEETING = Rule.invalid("correction-noted-at-own-meeting");
    public static final Rule CORRECTION_OF_CONFIRMATION = Rule.invalid("correction-of-confirmation");
    public static final Rule CORRECTION_OF_IMPORT = Rule.invalid("correction-of-import");
    public static final Rule CORRECTION_RECORDED_OTHERWISE = Rule.invalid("correction-recorded-otherwise");
    public static final Rule SCHEDULE_NOT_STRUCK_OUT = Rule.invalid("schedule-not-struck-out");
    public static final Rule CORRECTION_OF_PART_OF_NO_DECISION = Rule.invalid("correction-of-part-of-no-decision");
    public static final Rule COMMITTEE_OF_ANOTHER_COUNCIL = Rule.invalid("committee-of-another-council");

    private CorrectionRules() {
    }
}
