package org.minutebook.events.resolutions;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

import java.util.List;

/**
 * The meeting decided: "RESOLVED: a) That the report be noted; b) …", with the debate that led to it as the minutes
 * tell it — the amendments moved and what became of them, the votes taken on the substantive motion — and the
 * record of the decision the law asks for, as far as it is stated.
 * <p>
 * Version 3 gives each part an id, the votes before the deciding one, the amendments, the statutory record and a
 * decision taken without a quorum; a version-2 event reads with its parts' ids derived from their labels
 * ({@link ResolutionPart#identified}), no earlier votes, no amendments, no statutory record, and quorate.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param resolutionId the decision's id within the meeting
 * @param form RESOLVED or AGREED
 * @param preamble words before the parts, or null
 * @param parts the parts of the substantive motion as carried (as amended), in order, each with its id; a
 *              single-part decision has one with a null label
 * @param movedBy the mover of the motion, or null
 * @param secondedBy the seconder, or null
 * @param vote the vote that carried it, or null when the decision was taken without one
 * @param earlierVotes votes on the substantive motion before the one that carried it (a show of hands, then a
 *                     recorded vote), in order; empty when there was one vote or none
 * @param amendments the amendments moved to the motion, in the order moved; empty when there were none
 * @param statutory the statutory record of the decision as the minutes or the decision notice state it, or null
 * @param withoutQuorum the members present and the quorum, when the decision was taken without a quorum and the
 *                      committee's standing orders flag (rather than refuse) such a decision; null when quorate or
 *                      when no quorum is recorded
 */
@EventVersion(3)
public record ResolutionPassed(
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
        StatutoryRecord statutory,
        QuorumCount withoutQuorum) implements DecisionEvent {

    public ResolutionPassed {
        parts = ResolutionPart.identified(List.copyOf(parts));
        earlierVotes = earlierVotes == null ? List.of() : List.copyOf(earlierVotes);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    /** A decision with no debate minuted beyond its mover, seconder and vote. */
    public ResolutionPassed(String meetingId, String itemId, String resolutionId, ResolutionForm form, String preamble,
                            List<ResolutionPart> parts, Person movedBy, Person secondedBy, Vote vote) {
        this(meetingId, itemId, resolutionId, form, preamble, parts, movedBy, secondedBy, vote, List.of(), List.of(),
                null, null);
    }

    @Override
    public <R> R accept(DecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
