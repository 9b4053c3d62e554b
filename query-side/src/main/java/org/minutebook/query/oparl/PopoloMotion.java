package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * An extension ({@code minutebook:motions}): a motion put on an agenda item in Popolo's {@code Motion} shape
 * (popoloproject.com), carried ({@code result: pass}, a resolution) or lost ({@code fail}), its words, who moved
 * and seconded it, and its vote as a {@code VoteEvent} with the {@code counts} and each member's {@code votes} the
 * record states. Amendments and recorded votes of their own will be motions and vote events here too.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PopoloMotion(String identifier, String classification, String text, String result,
                           @JsonProperty("creator_id") String creatorId, String creator,
                           @JsonProperty("minutebook:seconder_id") String seconderId,
                           @JsonProperty("minutebook:seconder") String seconder,
                           @JsonProperty("vote_events") List<VoteEvent> voteEvents) {

    /** The vote on the motion: its result, the counts by option and each member's vote where recorded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoteEvent(String identifier, String result, List<Count> counts, List<Vote> votes) {
    }

    /** How many voted one way: {@code yes}, {@code no} or {@code abstain}. */
    public record Count(String option, int value) {
    }

    /**
     * One member's vote ({@code yes}, {@code no}, {@code abstain}); {@code minutebook:casting} for the chair's
     * casting vote on a tie.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Vote(String option, @JsonProperty("voter_id") String voterId, String voter,
                       @JsonProperty("minutebook:casting") Boolean casting) {
    }
}
