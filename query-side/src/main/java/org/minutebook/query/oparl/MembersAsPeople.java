package org.minutebook.query.oparl;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.minutebook.events.committees.MemberAppointed;
import org.minutebook.query.platform.RebuildableReadModel;
import org.minutebook.query.record.RecordProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * A member appointed to a committee is one of its council's people, whether any minutes name them or not (their
 * memberships link to them). Projected by the meeting records' processor; the people are one of its read models,
 * dropped with the others for a rebuild.
 */
@Component
@ProcessingGroup(RecordProjection.NAME)
class MembersAsPeople implements RebuildableReadModel {

    private final OParlPeople people;

    MembersAsPeople(OParlPeople people) {
        this.people = people;
    }

    @EventHandler
    void on(MemberAppointed event, @Timestamp Instant at) {
        people.appointed(event.committeeId(), event.member(), at);
    }

    @Override
    public void drop() {
        people.drop();
    }
}
