package org.minutebook.command.meetings;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.minutebook.command.RuleViolation;
import org.minutebook.events.meetings.MeetingScheduled;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One meeting of a committee: its agenda, attendance, declarations and business. Guards throw before anything is
 * applied; state changes only in event-sourcing handlers, so a rejected command leaves no event.
 */
@Aggregate
class Meeting {

    @AggregateIdentifier
    private String meetingId;
    private MeetingScheduled scheduled;

    protected Meeting() {
        // for Axon: rebuilt from its events
    }

    /**
     * Scheduling is idempotent: a retried request with the same meeting id and the same details records nothing
     * new, while the same id with other details is refused.
     *
     * @return the meeting's version: the sequence number of its last event
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ScheduleMeeting command) {
        MeetingScheduled requested = new MeetingScheduled(command.meetingId(), command.committeeId(), command.title(),
                command.special(), command.startsAt(), command.venue(), command.contacts(), command.webcastUrl());
        if (scheduled == null) {
            apply(requested);
        } else if (!scheduled.equals(requested)) {
            throw new RuleViolation("meeting-already-scheduled",
                    "Meeting " + command.meetingId() + " is already scheduled with other details");
        }
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        this.meetingId = event.meetingId();
        this.scheduled = event;
    }
}
