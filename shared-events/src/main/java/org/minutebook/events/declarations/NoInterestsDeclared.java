package org.minutebook.events.declarations;

import org.minutebook.events.EventVersion;

/**
 * "No declarations were made."
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 */
@EventVersion(1)
public record NoInterestsDeclared(
        String meetingId,
        String itemId) implements DeclarationEvent {

    @Override
    public <R> R accept(DeclarationEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
