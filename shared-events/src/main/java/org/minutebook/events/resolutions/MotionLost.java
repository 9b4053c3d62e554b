package org.minutebook.events.resolutions;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

import java.util.List;

/**
 * A motion was put to the vote and lost, with the debate on it as the minutes tell it.
 * <p>
 * Version 3 gives each part an id, the votes before the deciding one, the amendments and a vote taken without a
 * quorum, as {@link ResolutionPassed} version 3 does; a version-2 event reads the same way.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param resolutionId the decision's id within the meeting
 * @param form RESOLVED or AGREED
 * @param preamble words before the parts, or null
 * @param parts the parts of the motion as put (as amended), in order, each with its id; a single-part motion has
 *              one with a null label
 * @param movedBy the mover, or null
 * @param secondedBy the seconder, or null
 * @param vote the vote that lost it; never null (a motion is lost only on a vote), though a show of hands may have
 *             no numbers minuted
 * @param earlierVotes votes on the motion before the one that lost it, in order; empty when there was one
 * @param amendments the amendments moved to the motion, in the order moved; empty when there were none
 * @param withoutQuorum the members present and the quorum, when the vote was taken without a quorum and the
 *                      committee's standing orders flag (rather than refuse) it; null when quorate or when no quorum
 *                      is recorded
 */
@EventVersion(3)
public record MotionLost(
        String meetingId,
        String itemId,
        String resolutionId,
        ResolutionForm form,
        String preamble,
        List<ResolutionPart> parts,
        Person movedBy,
        Person secondedBy,
        Vote vote,
        List<Vote> earlierVotes,
        List<Amendment> amendments,
        QuorumCount withoutQuorum) implements DecisionEvent {

    public MotionLost {
        parts = ResolutionPart.identified(List.copyOf(parts));
        earlierVotes = earlierVotes == null ? List.of() : List.copyOf(earlierVotes);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    /** A motion lost with no debate minuted beyond its mover, seconder and vote. */
    public MotionLost(String meetingId, String itemId, String resolutionId, ResolutionForm form, String preamble,
                      List<ResolutionPart> parts, Person movedBy, Person secondedBy, Vote vote) {
        this(meetingId, itemId, resolutionId, form, preamble, parts, movedBy, secondedBy, vote, List.of(), List.of(),
                null);
    }

    @Override
    public <R> R accept(DecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
