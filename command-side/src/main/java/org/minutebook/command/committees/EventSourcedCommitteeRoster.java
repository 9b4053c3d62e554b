package org.minutebook.command.committees;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Answers from the committee's own event-sourced state, in the same unit of work as the meeting's command. */
@Component
class EventSourcedCommitteeRoster implements CommitteeRoster {

    private final Repository<Committee> committees;

    EventSourcedCommitteeRoster(Repository<Committee> committees) {
        this.committees = committees;
    }

    @Override
    public boolean isRegistered(String committeeId) {
        try {
            committees.load(committeeId);
            return true;
        } catch (AggregateNotFoundException unknown) {
            return false;
        }
    }

    @Override
    public ZoneId timeZoneOf(String committeeId) {
        try {
            return committees.load(committeeId).invoke(Committee::timeZone);
        } catch (AggregateNotFoundException unknown) {
            return null;
        }
    }

    @Override
    public boolean isMemberOn(String committeeId, String memberId, LocalDate date) {
        try {
            return committees.load(committeeId).invoke(committee -> committee.isMemberOn(memberId, date));
        } catch (AggregateNotFoundException unknown) {
            return false;
        }
    }

    @Override
    public Optional<Quorum> quorumOn(String committeeId, LocalDate date) {
        try {
            return committees.load(committeeId).invoke(committee -> committee.quorumOn(date));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
