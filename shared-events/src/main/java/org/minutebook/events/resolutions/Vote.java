package org.minutebook.events.resolutions;

import java.util.List;

/**
 * A recorded vote: counts, or each member's vote, and the chair's casting vote if there was a tie.
 *
 * @param votesFor    votes for, or null (then counted from {@code memberVotes})
 * @param against     votes against, or null
 * @param abstentions abstentions, or null
 * @param memberVotes each member's recorded vote
 * @param castingVote the chair's casting vote on a tie, or null
 */
public record Vote(Integer votesFor, Integer against, Integer abstentions, List<MemberVote> memberVotes,
                   MemberVote castingVote) {

    public Vote {
        memberVotes = memberVotes == null ? List.of() : List.copyOf(memberVotes);
    }
}
