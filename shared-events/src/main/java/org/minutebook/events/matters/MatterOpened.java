package org.minutebook.events.matters;

import org.minutebook.events.EventVersion;

/**
 * A matter was opened in a council's record: "Review of Home to School Transport Policy".
 *
 * @param matterId the matter's stable id
 * @param council the council whose matter it is
 * @param title the matter's title
 * @param kind what kind of matter it is, in the council's words ("scrutiny review", "petition"), or null when not
 *             stated
 */
@EventVersion(1)
public record MatterOpened(String matterId, String council, String title, String kind) implements MatterEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
