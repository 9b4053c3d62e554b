package org.minutebook.command.resolutions;

import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.events.sitting.Sitting;

import java.util.Optional;

/**
 * Reads a vote: the counts, or the members' votes when no counts are given. A motion is carried with more votes for
 * than against; on a tie only the casting vote of the person presiding at the item decides. A show of hands whose
 * numbers the minutes do not give decides nothing by itself: the fact it belongs to says what it decided.
 */
final class Tally {

    private final int votesFor;
    private final int against;
    private final MemberVote castingVote;
    private final boolean counted;

    private Tally(int votesFor, int against, MemberVote castingVote, boolean counted) {
        this.votesFor = votesFor;
        this.against = against;
        this.castingVote = castingVote;
        this.counted = counted;
    }

    /**
     * The vote taken at the item read, or a broken rule naming the field of the vote, under {@code field}, that
     * breaks it; whoever gives a casting vote must preside at the item.
     */
    static Tally of(Vote vote, Sitting sitting, String itemId, String field) {
        int votesFor = count(vote.votesFor(), vote, Ballot.FOR, field + ".votesFor");
        int against = count(vote.against(), vote, Ballot.AGAINST, field + ".against");
        count(vote.abstentions(), vote, Ballot.ABSTAIN, field + ".abstentions");
        MemberVote casting = vote.castingVote();
        if (casting != null) {
            if (votesFor != against) {
                throw DecisionRules.CASTING_VOTE_WITHOUT_TIE.broken("The chair has a casting vote only on a tie, not "
                        + votesFor + " to " + against)
                        .at(field + ".castingVote");
            }
            if (casting.ballot() != Ballot.FOR && casting.ballot() != Ballot.AGAINST
                    || !sitting.presides(casting.member(), itemId)) {
                throw DecisionRules.CASTING_VOTE_NOT_BY_CHAIR.broken("A casting vote is the vote, for or against,"
                        + " of the person presiding at the item"
                        + Optional.ofNullable(sitting.presiding(itemId)).map(chair -> " (" + chair.asWritten() + ")")
                        .orElse(" (not stated)"))
                        .at(field + ".castingVote");
            }
        }
        return new Tally(votesFor, against, casting, vote.isCounted() || casting != null);
    }

    /** Whether the vote carried the motion; empty for a vote whose numbers are not minuted. */
    Optional<Boolean> carried() {
        if (!counted) {
            return Optional.empty();
        }
        if (votesFor != against) {
            return Optional.of(votesFor > against);
        }
        return Optional.of(castingVote != null && castingVote.ballot() == Ballot.FOR);
    }

    private static int count(Integer stated, Vote vote, Ballot ballot, String field) {
        long counted = vote.memberVotes().stream().filter(memberVote -> memberVote.ballot() == ballot).count();
        if (stated == null) {
            return (int) counted;
        }
        if (stated < 0) {
            throw DecisionRules.VOTE_COUNT_NEGATIVE.broken("A vote count cannot be negative").at(field);
        }
        if (vote.memberVotes().stream().anyMatch(memberVote -> memberVote.ballot() != null
                && memberVote.ballot().voted()) && stated != counted) {
            throw DecisionRules.VOTE_COUNTS_DISAGREE.broken("The " + ballot.name().toLowerCase()
                    + " count " + stated + " disagrees with the " + counted + " members' votes recorded").at(field);
        }
        return stated;
    }
}
