package org.minutebook.events.matters;

import org.minutebook.events.EventVersion;

/**
 * A matter's title or kind was corrected; what it read before stays in its history.
 *
 * @param matterId the matter
 * @param title the title as corrected
 * @param kind the kind as corrected, or null when not stated
 * @param reason why
 */
@EventVersion(1)
public record MatterCorrected(String matterId, String title, String kind, String reason) implements MatterEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
