package org.minutebook.events.resolutions;

import java.util.List;

/** A recorded vote: counts, or each member's vote, and the chair's casting vote if there was a tie. */
public record Vote(Integer votesFor, Integer against, Integer abstentions, List<MemberVote> memberVotes,
                   MemberVote castingVote) {

    public Vote {
        memberVotes = memberVotes == null ? List.of() : List.copyOf(memberVotes);
    }
}
