package org.minutebook.events.business;

import org.minutebook.events.EventVersion;

import java.util.List;

/**
 * The minute of an item: what the page shows, in order — paragraphs, sub-headings and bulleted
 * lists interleaved. Nothing is added on printing.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param blocks the minute's blocks, in the order of the page
 * @param cutOff the source text stops short ("... view the full minutes text for item 130."): the record of this
 *               minute is known to be incomplete
 */
@EventVersion(2)
public record ItemMinuted(
        String meetingId,
        String itemId,
        List<MinuteBlock> blocks,
        boolean cutOff) implements BusinessEvent {

    @Override
    public <R> R accept(BusinessEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }


    public ItemMinuted {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
