package org.minutebook.command.committees;

import org.minutebook.command.kernel.Rule;

/**
 * A committee: registered once, renamed forward in time, its members appointed and their memberships ended, its
 * quorum fixed as a number or as a share of its members (never both, never neither). The
 * rules of this part of the record, each by its id as docs/events.md lists it under "Committees", each with its
 * story in CommitteeRulesTest.
 */
public final class CommitteeRules {

    public static final Rule COMMITTEE_ALREADY_REGISTERED = Rule.conflict("committee-already-registered");
    public static final Rule RENAME_NOT_AFTER_PREVIOUS = Rule.invalid("rename-not-after-previous");
    public static final Rule NAME_UNCHANGED = Rule.conflict("name-unchanged");
    public static final Rule MEMBER_NEEDS_NAME = Rule.invalid("member-needs-name");
    public static final Rule MEMBER_ALREADY_APPOINTED = Rule.conflict("member-already-appointed");
    public static final Rule NOT_A_MEMBER = Rule.conflict("not-a-member");
    public static final Rule MEMBERSHIP_ENDS_BEFORE_IT_STARTS = Rule.invalid("membership-ends-before-it-starts");
    public static final Rule QUORUM_UNSTATED = Rule.invalid("quorum-unstated");
    public static final Rule QUORUM_STATED_TWICE = Rule.invalid("quorum-stated-twice");

    private CommitteeRules() {
    }
}
