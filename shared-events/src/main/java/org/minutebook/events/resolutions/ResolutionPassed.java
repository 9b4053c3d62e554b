package org.minutebook.events.resolutions;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

import java.util.List;

/**
 * The meeting decided: "RESOLVED: a) That the report be noted; b) …".
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param resolutionId the decision's id within the meeting
 * @param form RESOLVED or AGREED
 * @param preamble words before the parts, or null
 * @param parts the parts, in order; a single-part decision has one with a null label
 * @param movedBy the mover, or null
 * @param secondedBy the seconder, or null
 * @param vote the vote, or null when the decision was taken without one
 */
@EventVersion(2)
public record ResolutionPassed(
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


    public ResolutionPassed {
        parts = List.copyOf(parts);
    }
}
