package org.minutebook.command.resolutions;

import org.minutebook.command.kernel.Rule;

/**
 * Decisions: moved, seconded and voted by those who take part, a vote that carries (or loses) the motion, one
 * decision an item, none on an item deferred or withdrawn. The rules of this part of the record, each by its id as
 * docs/events.md lists it under "Decisions", each with its story in DecisionRulesTest.
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
    public static final Rule VOTER_NOT_PRESENT = Rule.conflict("voter-not-present");
    public static final Rule VOTE_DOES_NOT_LOSE = Rule.invalid("vote-does-not-lose");
    public static final Rule ITEM_ALREADY_DECIDED = Rule.conflict("item-already-decided");
    public static final Rule UNKNOWN_RESOLUTION = Rule.invalid("unknown-resolution");

    private DecisionRules() {
    }
}
