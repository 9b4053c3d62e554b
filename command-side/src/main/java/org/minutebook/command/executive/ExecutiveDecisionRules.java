package org.minutebook.command.executive;

import org.minutebook.command.kernel.Rule;

/**
 * A decision outside a meeting: a key decision planned and given its notices (28 clear days on the forward plan, or
 * a late notice with its reason), taken, its decision notice published (its call-in window counted in the
 * council's working days), called in within that window, considered by scrutiny, and, if referred back,
 * reconsidered; its plan and its record corrected only to read otherwise, keeping what a notice already counted
 * from. The rules of this part of the record, each by its id as docs/events.md lists it under "Decisions
 * outside meetings", each with its story in ExecutiveDecisionRulesTest.
 */
public final class ExecutiveDecisionRules {

    public static final Rule DECISION_ALREADY_PLANNED = Rule.conflict("decision-already-planned");
    public static final Rule DECISION_NOT_PLANNED = Rule.conflict("decision-not-planned");
    public static final Rule NOTICE_TOO_LATE = Rule.conflict("notice-too-late");
    public static final Rule LATE_NOTICE_NEEDS_REASON = Rule.invalid("late-notice-needs-reason");
    public static final Rule KEY_DECISION_WITHOUT_NOTICE = Rule.conflict("key-decision-without-notice");
    public static final Rule DECISION_NEEDS_COUNCIL = Rule.invalid("decision-needs-council");
    public static final Rule DECISION_ALREADY_TAKEN = Rule.conflict("decision-already-taken");
    public static final Rule DECISION_OF_ANOTHER_COUNCIL = Rule.conflict("decision-of-another-council");
    public static final Rule DECISION_NOT_TAKEN = Rule.conflict("decision-not-taken");
    public static final Rule DATED_BEFORE_DECISION = Rule.invalid("dated-before-decision");
    public static final Rule DECISION_NOTICE_ALREADY_PUBLISHED = Rule.conflict("decision-notice-already-published");
    public static final Rule NOT_SUBJECT_TO_CALL_IN = Rule.conflict("not-subject-to-call-in");
    public static final Rule NO_DECISION_NOTICE = Rule.conflict("no-decision-notice");
    public static final Rule CALL_IN_WINDOW_CLOSED = Rule.conflict("call-in-window-closed");
    public static final Rule CALL_IN_ALREADY_MADE = Rule.conflict("call-in-already-made");
    public static final Rule NO_CALL_IN = Rule.conflict("no-call-in");
    public static final Rule CALL_IN_ALREADY_CONSIDERED = Rule.conflict("call-in-already-considered");
    public static final Rule NOT_REFERRED_BACK = Rule.conflict("not-referred-back");
    public static final Rule ALREADY_RECONSIDERED = Rule.conflict("already-reconsidered");
    public static final Rule DECISION_CORRECTION_CHANGES_NOTHING =
            Rule.conflict("decision-correction-changes-nothing");
    public static final Rule PLAN_DATE_FIXED_BY_NOTICE = Rule.conflict("plan-date-fixed-by-notice");
    public static final Rule CALL_IN_FIXED_BY_NOTICE = Rule.conflict("call-in-fixed-by-notice");
    public static final Rule NO_NOTICE_TO_CORRECT = Rule.conflict("no-notice-to-correct");
    public static final Rule NO_CONSIDERATION_TO_CORRECT = Rule.conflict("no-consideration-to-correct");
    public static final Rule NO_RECONSIDERATION_TO_CORRECT = Rule.conflict("no-reconsideration-to-correct");
    public static final Rule BANK_HOLIDAYS_NOT_KNOWN = Rule.conflict("bank-holidays-not-known");

    private ExecutiveDecisionRules() {
    }
}
