package org.minutebook.events.agenda;

import org.minutebook.events.EventVersion;

import java.util.List;

/**
 * The agenda's order changed: an item taken earlier or later, or one added late put between others. Items keep
 * their numbers; sub-items print under their item wherever they stand.
 *
 * @param meetingId the meeting
 * @param itemIds every item of the agenda, in the new order
 */
@EventVersion(1)
public record AgendaReordered(
        String meetingId,
        List<String> itemIds) implements AgendaEvent {

    @Override
    public <R> R accept(AgendaEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }


    public AgendaReordered {
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    }
}
