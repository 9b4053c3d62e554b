package org.minutebook.query.oparl;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.minutebook.events.committees.MemberAppointed;
import org.minutebook.query.committees.Committee;
import org.minutebook.query.committees.Committees;
import org.minutebook.query.platform.RebuildableReadModel;
import org.minutebook.query.record.RecordProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * A member appointed to a committee is one of its council's people, whether any minutes name them or not (their
 * memberships link to them). Projected by the meeting records' processor, after the committee's registration,
 * which gives its council. The people are one of that processor's read models: dropped with the others for a
 * rebuild.
 */
@Component
@ProcessingGroup(RecordProjection.NAME)
class MembersAsPeople implements RebuildableReadModel {

    private final OParlPeople people;
    private final Committees committees;

    MembersAsPeople(OParlPeople people, Committees committees) {
        this.people = people;
        this.committees = committees;
    }

    @EventHandler
    void on(MemberAppointed event, @Timestamp Instant at) {
        committees.find(event.committeeId()).map(Committee::council)
                .ifPresent(council -> people.appointed(council, event.member(), at));
    }

    @Override
    public void drop() {
        people.drop();
    }
}
