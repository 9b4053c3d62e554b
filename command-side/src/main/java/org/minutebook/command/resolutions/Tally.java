package org.minutebook.command.resolutions;

import org.minutebook.command.kernel.MeetingState;
import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.Vote;

/**
 * Reads a recorded vote: the counts, or the members' votes when no counts are given. A motion is carried with more
 * votes for than against; on a tie only the chair's casting vote decides.
 */
final class Tally {

    private final int votesFor;
    private final int against;
    private final MemberVote castingVote;

    private Tally(int votesFor, int against, MemberVote castingVote) {
        this.votesFor = votesFor;
        this.against = against;
        this.castingVote = castingVote;
    }

    /** The vote read, or a broken rule naming the field of the vote, under {@code field}, that breaks it. */
    static Tally of(Vote vote, MeetingState state, String field) {
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
            if (casting.ballot() == Ballot.ABSTAIN || !state.isChair(casting.member())) {
                throw DecisionRules.CASTING_VOTE_NOT_BY_CHAIR.broken("A casting vote is the chair's, for or against")
                        .at(field + ".castingVote");
            }
        }
        return new Tally(votesFor, against, casting);
    }

    boolean carried() {
        if (votesFor != against) {
            return votesFor > against;
        }
        return castingVote != null && castingVote.ballot() == Ballot.FOR;
    }

    private static int count(Integer stated, Vote vote, Ballot ballot, String field) {
        long counted = vote.memberVotes().stream().filter(memberVote -> memberVote.ballot() == ballot).count();
        if (stated == null) {
            return (int) counted;
        }
        if (stated < 0) {
            throw DecisionRules.VOTE_COUNT_NEGATIVE.broken("A vote count cannot be negative").at(field);
        }
        if (!vote.memberVotes().isEmpty() && stated != counted) {
            throw DecisionRules.VOTE_COUNTS_DISAGREE.broken("The " + ballot.name().toLowerCase()
                    + " count " + stated + " disagrees with the " + counted + " members' votes recorded").at(field);
        }
        return stated;
    }
}
