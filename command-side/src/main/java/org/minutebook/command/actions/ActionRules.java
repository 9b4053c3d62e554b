package org.minutebook.command.actions;

import org.minutebook.command.kernel.Rule;

/**
 * What a decision (or a part of it) asks to be done after the meeting, and its doing. The rules of this part of the record, each by
 * its id as docs/events.md lists it under "Actions and referrals", each with its story in ActionRulesTest.
 */
public final class ActionRules {

    public static final Rule ACTION_ALREADY_RECORDED = Rule.conflict("action-already-recorded");
    public static final Rule PART_WITHOUT_DECISION = Rule.invalid("part-without-decision");
    public static final Rule DUE_DATE_NOT_AFTER_MEETING = Rule.invalid("due-date-not-after-meeting");
    public static final Rule UNKNOWN_ACTION = Rule.invalid("unknown-action");
    public static final Rule ACTION_ALREADY_COMPLETED = Rule.conflict("action-already-completed");
    public static final Rule COMPLETED_BEFORE_MEETING = Rule.invalid("completed-before-meeting");

    private ActionRules() {
    }
}
