package org.minutebook.events.business;

import org.minutebook.events.EventVersion;
import org.minutebook.events.resolutions.DecisionEvent;

/**
 * "This item was deferred."
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param reason why, or null
 */
@EventVersion(1)
public record ItemDeferred(
        String meetingId,
        String itemId,
        String reason) implements DecisionEvent {

    @Override
    public <R> R accept(DecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
