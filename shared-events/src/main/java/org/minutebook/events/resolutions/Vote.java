package org.minutebook.events.resolutions;

import java.util.List;

/**
 * A vote: how it was taken, the counts, or each member's vote, and the casting vote of the person presiding if
 * there was a tie. A vote by show of hands whose numbers the minutes do not give has no counts and no members'
 * votes: what it decided is said by the fact it belongs to (carried or lost), never invented.
 *
 * @param votesFor    votes for, or null (then counted from {@code memberVotes})
 * @param against     votes against, or null
 * @param abstentions abstentions, or null
 * @param memberVotes each member's recorded vote (in a recorded vote also those absent or not voting)
 * @param castingVote the casting vote of the person presiding on a tie, or null
 * @param method      how the vote was taken, or null when the minutes do not say
 */
public record Vote(Integer votesFor, Integer against, Integer abstentions, List<MemberVote> memberVotes,
                   MemberVote castingVote, VoteMethod method) {

    public Vote {
        memberVotes = memberVotes == null ? List.of() : List.copyOf(memberVotes);
    }

    /** A vote whose method the minutes do not give. */
    public Vote(Integer votesFor, Integer against, Integer abstentions, List<MemberVote> memberVotes,
                MemberVote castingVote) {
        this(votesFor, against, abstentions, memberVotes, castingVote, null);
    }

    /** Whether the minutes give its numbers: counts, or members' votes for, against or abstaining. */
    public boolean isCounted() {
        return votesFor != null || against != null || abstentions != null
                || memberVotes.stream().anyMatch(memberVote -> memberVote.ballot() != null
                && memberVote.ballot().voted());
    }
}
