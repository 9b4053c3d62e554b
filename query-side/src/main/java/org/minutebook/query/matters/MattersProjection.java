package org.minutebook.query.matters;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.minutebook.events.matters.MatterEvent;
import org.minutebook.query.platform.RebuildableReadModel;
import org.minutebook.query.record.RecordProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Owns {@code matters}: each matter with the items that took it up. A matter remembers the last event it holds, so
 * an event delivered again changes nothing. Projected by the meeting records' processor: one reading of the topic.
 */
@Component
@ProcessingGroup(RecordProjection.NAME)
class MattersProjection implements RebuildableReadModel {

    private final Matters matters;

    MattersProjection(Matters matters) {
        this.matters = matters;
    }

    @Override
    public void drop() {
        matters.drop();
    }

    @EventHandler
    void on(MatterEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        StoredMatter matter = matters.find(event.matterId()).orElseGet(() -> StoredMatter.empty(event.matterId()));
        if (matter.version() < sequenceNumber) {
            matters.save(event.accept(new MatterFolding(matter, sequenceNumber, at)));
        }
    }
}
