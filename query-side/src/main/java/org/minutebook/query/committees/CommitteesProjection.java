package org.minutebook.query.committees;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.minutebook.events.CommitteeEvent;
import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.committees.CommitteeRenamed;
import org.minutebook.events.committees.MemberAppointed;
import org.minutebook.events.committees.MembershipEnded;
import org.minutebook.query.platform.RebuildableReadModel;
import org.minutebook.query.record.RecordProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Owns {@code committees}: each committee with its names over time and its members' roles and periods. A
 * committee remembers the last event it holds, so an event delivered again changes nothing. Projected by the
 * meeting records' processor: one reading of the topic, not one per read model (reading and converting every
 * record was a quarter of the query side's time in a rebuild, done twice).
 */
@Component
@ProcessingGroup(RecordProjection.NAME)
class CommitteesProjection implements RebuildableReadModel {

    private final Committees committees;

    CommitteesProjection(Committees committees) {
        this.committees = committees;
    }

    @Override
    public void drop() {
        committees.drop();
    }

    @EventHandler
    void on(CommitteeRegistered event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        change(event, sequenceNumber, at, committee -> committee.named(event.name(), event.council(), event.kind(),
                sequenceNumber));
    }

    @EventHandler
    void on(CommitteeRenamed event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        change(event, sequenceNumber, at, committee -> committee.renamed(event.name(), event.effectiveFrom(),
                sequenceNumber));
    }

    @EventHandler
    void on(MemberAppointed event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        change(event, sequenceNumber, at, committee -> committee.appointed(event.member(), event.role(), event.from(),
                sequenceNumber));
    }

    @EventHandler
    void on(MembershipEnded event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        change(event, sequenceNumber, at, committee -> committee.ended(event.memberId(), event.on(), sequenceNumber));
    }

    private void change(CommitteeEvent event, long sequenceNumber, Instant at, UnaryOperator<Committee> change) {
        Committee committee = committees.find(event.committeeId())
                .orElseGet(() -> Committee.registered(event.committeeId()));
        if (committee.version() < sequenceNumber) {
            committees.save(change.apply(committee).recordedAt(at));
        }
    }
}
