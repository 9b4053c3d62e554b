package org.minutebook.events.published;

import org.minutebook.events.Person;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.QuorumCount;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.events.resolutions.Vote;

import java.util.List;

/**
 * What a motion put records: its words, who moved it, the debate and the votes, its statutory record.
 *
 * @param resolutionId  the decision's id within the meeting
 * @param form          RESOLVED or AGREED
 * @param preamble      words before the parts, or null
 * @param parts         the parts as carried (or lost), each with its id and label
 * @param movedBy       the mover, or null
 * @param secondedBy    the seconder, or null
 * @param vote          the vote that decided it, or null when taken without one
 * @param earlierVotes  votes before the deciding one, in order
 * @param amendments    the amendments moved, in order
 * @param statutory     the statutory record as stated, or null
 * @param withoutQuorum the members present and the quorum, when taken without a quorum; or null
 */
public record Motion(String resolutionId, ResolutionForm form, String preamble, List<ResolutionPart> parts,
                     Person movedBy, Person secondedBy, Vote vote, List<Vote> earlierVotes,
                     List<Amendment> amendments, StatutoryRecord statutory, QuorumCount withoutQuorum) {

    public Motion {
        parts = parts == null ? List.of() : List.copyOf(parts);
        earlierVotes = earlierVotes == null ? List.of() : List.copyOf(earlierVotes);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }
}
