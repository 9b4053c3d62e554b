package org.minutebook.events.matters;

import org.minutebook.events.EventVersion;

/**
 * An item named as taking the matter up did not: the step is struck out of the matter's path (its history keeps it).
 *
 * @param matterId the matter
 * @param atMeetingId the meeting
 * @param itemId the agenda item of that meeting
 * @param reason why
 */
@EventVersion(1)
public record MatterConsiderationStruckOut(String matterId, String atMeetingId, String itemId, String reason)
        implements MatterEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
