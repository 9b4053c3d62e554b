package org.minutebook.command.health;

import java.util.OptionalLong;

/**
 * Events behind, for a processor over the event store: the distance from its position (the highest global index
 * it has handled) to the highest global index stored. A rolled-back append leaves a hole in the global index, so
 * while a processor is behind this may count a few events too many; caught up, it is exactly zero.
 */
final class EventStoreLag {

    private EventStoreLag() {
    }

    /**
     * @param lowestIndex  the lowest global index stored (null when the store is empty)
     * @param highestIndex the highest global index stored (null when the store is empty)
     * @param position     the processor's position, empty before it has handled any event
     */
    static long behind(Long lowestIndex, Long highestIndex, OptionalLong position) {
        if (highestIndex == null) {
            return 0;
        }
        long handledUpTo = position.isPresent() ? position.getAsLong() : lowestIndex - 1;
        return Math.max(0, highestIndex - handledUpTo);
    }
}
