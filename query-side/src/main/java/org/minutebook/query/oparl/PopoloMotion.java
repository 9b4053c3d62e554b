package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.minutebook.events.resolutions.QuorumCount;
import org.minutebook.events.resolutions.StatutoryRecord;

import java.util.List;

/**
 * An extension ({@code minutebook:motions}): a motion put on an agenda item in Popolo's {@code Motion} shape
 * (popoloproject.com), carried ({@code result: pass}, a resolution) or lost ({@code fail}), its words, who moved
 * and seconded it, and its votes as {@code VoteEvent}s (earlier votes first) with the {@code counts} and each
 * member's {@code votes} the record states. An amendment is a motion of its own after the motion it amends
 * ({@code minutebook:amends}; {@code result} {@code pass}, {@code fail}, {@code withdrawn} or {@code accepted}). The
 * decision's statutory record ({@code minutebook:statutoryDecision}) and a quorum found wanting at the vote
 * ({@code minutebook:withoutQuorum}) when the record states them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PopoloMotion(String identifier, String classification, String text, String result,
                           @JsonProperty("creator_id") String creatorId, String creator,
                           @JsonProperty("minutebook:seconder_id") String seconderId,
                           @JsonProperty("minutebook:seconder") String seconder,
                           @JsonProperty("vote_events") List<VoteEvent> voteEvents,
                           @JsonProperty("minutebook:amends") String amends,
                           @JsonProperty("minutebook:statutoryDecision") StatutoryRecord statutoryDecision,
                           @JsonProperty("minutebook:withoutQuorum") QuorumCount withoutQuorum) {

    /**
     * A vote on the motion: its result, the counts by option and each member's vote where recorded, and how it was
     * taken ({@code minutebook:method}: show of hands, recorded, electronic) when stated.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoteEvent(String identifier, String result, List<Count> counts, List<Vote> votes,
                            @JsonProperty("minutebook:method") String method) {
    }

    /** How many voted one way: {@code yes}, {@code no} or {@code abstain}. */
    public record Count(String option, int value) {
    }

    /**
     * One member's vote ({@code yes}, {@code no}, {@code abstain}; in a recorded vote by name also {@code absent} and
     * {@code not voting}); {@code minutebook:casting} for the chair's casting vote on a tie.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Vote(String option, @JsonProperty("voter_id") String voterId, String voter,
                       @JsonProperty("minutebook:casting") Boolean casting) {
    }
}
