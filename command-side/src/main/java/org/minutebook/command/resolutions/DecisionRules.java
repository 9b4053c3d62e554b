package org.minutebook.command.resolutions;

import org.minutebook.command.kernel.Rule;

/**
 * Decisions: moved, seconded and voted by those present in law at the item and not barred from it, a vote that
 * carries (or loses) the motion and its amendments, a casting vote only by whoever presides at the item, no more
 * votes than those entitled, a quorum as the committee's standing orders require, parts and amendments each with
 * their own id, a statutory record whose dates follow the decision; one decision an item, none on an item deferred
 * or withdrawn. The rules of this part of the record, each by its id as docs/events.md lists it under "Decisions",
 * each with its story in DecisionRulesTest, WhoMayVoteRulesTest or DebateRulesTest.
 */
public final class DecisionRules {

    public static final Rule VOTE_COUNT_NEGATIVE = Rule.invalid("vote-count-negative");
    public static final Rule VOTE_COUNTS_DISAGREE = Rule.invalid("vote-counts-disagree");
    public static final Rule CASTING_VOTE_WITHOUT_TIE = Rule.invalid("casting-vote-without-tie");
    public static final Rule CASTING_VOTE_NOT_BY_CHAIR = Rule.invalid("casting-vote-not-by-chair");
    public static final Rule ITEM_DEFERRED = Rule.conflict("item-deferred");
    public static final Rule ITEM_WITHDRAWN = Rule.conflict("item-withdrawn");
    public static final Rule RESOLUTION_ALREADY_RECORDED = Rule.conflict("resolution-already-recorded");
    public static final Rule VOTE_DOES_NOT_CARRY = Rule.invalid("vote-does-not-carry");
    public static final Rule MOVER_NOT_PRESENT = Rule.conflict("mover-not-present");
    public static final Rule MOVER_BARRED_BY_INTEREST = Rule.conflict("mover-barred-by-interest");
    public static final Rule VOTER_NOT_PRESENT = Rule.conflict("voter-not-present");
    public static final Rule VOTER_BARRED_BY_INTEREST = Rule.conflict("voter-barred-by-interest");
    public static final Rule VOTER_TOOK_NO_PART = Rule.conflict("voter-took-no-part");
    public static final Rule VOTES_EXCEED_THOSE_ENTITLED = Rule.conflict("votes-exceed-those-entitled");
    public static final Rule MEETING_INQUORATE = Rule.conflict("meeting-inquorate");
    public static final Rule VOTE_DOES_NOT_LOSE = Rule.invalid("vote-does-not-lose");
    public static final Rule ITEM_ALREADY_DECIDED = Rule.conflict("item-already-decided");
    public static final Rule UNKNOWN_RESOLUTION = Rule.invalid("unknown-resolution");
    public static final Rule UNKNOWN_RESOLUTION_PART = Rule.invalid("unknown-resolution-part");
    public static final Rule PART_ID_REPEATED = Rule.invalid("part-id-repeated");
    public static final Rule AMENDMENT_ID_REPEATED = Rule.invalid("amendment-id-repeated");
    public static final Rule AMENDMENT_NOT_PUT_TO_VOTE = Rule.invalid("amendment-not-put-to-vote");
    public static final Rule STATUTORY_DATE_BEFORE_DECISION = Rule.invalid("statutory-date-before-decision");
    public static final Rule CALL_IN_DEADLINE_WITHOUT_CALL_IN = Rule.invalid("call-in-deadline-without-call-in");
    public static final Rule IMPLEMENTED_BEFORE_CALL_IN_ENDS = Rule.invalid("implemented-before-call-in-ends");

    private DecisionRules() {
    }
}
