package org.minutebook.command.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.minutebook.lag.ProcessorLag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Events behind, for the command side's processors over the event store (publication, the decisions feed,
 * sealing): the distance from a processor's position (the highest global index it has handled) to the highest
 * global index stored. A rolled-back append leaves a hole in the global index, so while a processor is behind
 * this may count a few events too many; caught up, it is exactly zero.
 */
@Configuration
class EventStoreLag implements ProcessorLag.Source<EventStoreLag.Indexes, OptionalLong> {

    private final JdbcTemplate jdbc;

    EventStoreLag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    ProcessorLag<Indexes, OptionalLong> processorsHealthIndicator(EventProcessingConfiguration processing) {
        return new ProcessorLag<>(processing, this);
    }

    @Override
    public Indexes end() {
        Map<String, Object> bounds = jdbc.queryForMap(
                "SELECT min(globalindex) AS lowest, max(globalindex) AS highest FROM domainevententry");
        return new Indexes((Long) bounds.get("lowest"), (Long) bounds.get("highest"));
    }

    @Override
    public long behind(Indexes end, OptionalLong position) {
        return behind(end.lowest(), end.highest(), position);
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

    /** The lowest position of the processor's segments (one, here), empty while one has handled no event. */
    @Override
    public OptionalLong position(StreamingEventProcessor processor) {
        OptionalLong lowest = OptionalLong.empty();
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            TrackingToken token = WrappedToken.unwrapLowerBound(status.getTrackingToken());
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            if (position.isEmpty()) {
                return OptionalLong.empty();
            }
            if (lowest.isEmpty() || position.getAsLong() < lowest.getAsLong()) {
                lowest = position;
            }
        }
        return lowest;
    }

    /** The lowest and highest global index stored, both null while the store is empty. */
    record Indexes(Long lowest, Long highest) {
    }
}
