package org.minutebook.events.matters;

import org.minutebook.events.EventVersion;

/**
 * An agenda item of a meeting takes the matter up: a step of its path. The referrals and further reports minuted
 * under the item are the matter's, and an earlier one still due "at a future meeting" is received by it.
 *
 * @param matterId the matter
 * @param atMeetingId the meeting
 * @param itemId the agenda item of that meeting
 */
@EventVersion(1)
public record MatterConsidered(String matterId, String atMeetingId, String itemId) implements MatterEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
