package org.minutebook.events.resolutions;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

import java.util.List;

/**
 * A motion was put to the vote and lost.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param resolutionId the decision's id within the meeting
 * @param form RESOLVED or AGREED
 * @param preamble words before the parts, or null
 * @param parts the parts, in order; a single-part decision has one with a null label
 * @param movedBy the mover, or null
 * @param secondedBy the seconder, or null
 * @param vote the vote that lost it; never null (a motion is lost only on a vote)
 */
@EventVersion(2)
public record MotionLost(
        String meetingId,
        String itemId,
        String resolutionId,
        ResolutionForm form,
        String preamble,
        List<ResolutionPart> parts,
        Person movedBy,
        Person secondedBy,
        Vote vote) implements DecisionEvent {

    @Override
    public <R> R accept(DecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }


    public MotionLost {
        parts = List.copyOf(parts);
    }
}
