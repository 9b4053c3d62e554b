package org.minutebook.command.meetings;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.minutebook.command.RuleViolation;
import org.minutebook.command.actions.Actions;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.attendance.Attendance;
import org.minutebook.command.business.ItemBusiness;
import org.minutebook.command.business.Questions;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.corrections.CorrectFact;
import org.minutebook.command.declarations.Declarations;
import org.minutebook.command.minutes.MinutesRecord;
import org.minutebook.command.minutes.PreviousMinutes;
import org.minutebook.command.resolutions.Decisions;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.meetings.MeetingAdjourned;
import org.minutebook.events.meetings.MeetingCancelled;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingRescheduled;
import org.minutebook.events.meetings.MeetingResumed;
import org.minutebook.events.meetings.MeetingScheduled;

import java.time.LocalDateTime;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One meeting of a committee and everything recorded of it. The meeting's life (schedule, open, adjourn, close)
 * and corrections are handled here; each part of the record keeps its own rules in its own entity. Guards throw
 * before anything is applied and state changes only in event-sourcing handlers, so a refused command leaves no
 * event.
 */
@Aggregate
public class Meeting {

    @AggregateIdentifier
    private String meetingId;
    private MeetingScheduled scheduled;
    private final MeetingState state = new MeetingState();

    @AggregateMember
    private final EventLog eventLog = new EventLog();
    @AggregateMember
    private final Agenda agenda = new Agenda(state);
    @AggregateMember
    private final Attendance attendance = new Attendance(state, agenda);
    @AggregateMember
    private final Declarations declarations = new Declarations(state, agenda, attendance);
    @AggregateMember
    private final PreviousMinutes previousMinutes = new PreviousMinutes(state, agenda);
    @AggregateMember
    private final MinutesRecord minutesRecord = new MinutesRecord(state);
    @AggregateMember
    private final Questions questions = new Questions(state, agenda);
    @AggregateMember
    private final ItemBusiness business = new ItemBusiness(state, agenda);
    @AggregateMember
    private final Decisions decisions = new Decisions(state, agenda, attendance);
    @AggregateMember
    private final Actions actions = new Actions(state, agenda, decisions);

    protected Meeting() {
        // rebuilt from its events
    }

    /** Idempotent: the same id and details again records nothing; the same id with other details is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ScheduleMeeting command, CommitteeRoster committees) {
        MeetingScheduled requested = new MeetingScheduled(command.meetingId(), command.committeeId(),
                command.title(), command.special(), command.startsAt(), command.venue(), command.contacts(),
                command.webcastUrl());
        if (scheduled != null) {
            if (!scheduled.equals(requested)) {
                throw RuleViolation.conflict("meeting-already-scheduled",
                        "Meeting " + command.meetingId() + " is already scheduled with other details");
            }
            return Versions.current();
        }
        if (!committees.isRegistered(command.committeeId())) {
            throw RuleViolation.invalid("committee-not-registered",
                    "No committee " + command.committeeId() + " is registered");
        }
        apply(requested);
        return Versions.current();
    }

    @CommandHandler
    long handle(RescheduleMeeting command) {
        requireNotYetOpened("rescheduled");
        apply(new MeetingRescheduled(meetingId, command.startsAt(), command.venue(), command.reason()));
        return Versions.current();
    }

    @CommandHandler
    long handle(CancelMeeting command) {
        requireNotYetOpened("cancelled");
        apply(new MeetingCancelled(meetingId, command.reason()));
        return Versions.current();
    }

    @CommandHandler
    long handle(OpenMeeting command) {
        if (state.phase() != MeetingPhase.SCHEDULED) {
            throw state.phase() == MeetingPhase.CANCELLED
                    ? RuleViolation.conflict("meeting-cancelled", "Meeting " + meetingId + " was cancelled")
                    : RuleViolation.conflict("meeting-already-opened", "Meeting " + meetingId + " was already opened");
        }
        apply(new MeetingOpened(meetingId, command.openedAt(), command.chair()));
        return Versions.current();
    }

    @CommandHandler
    long handle(AdjournMeeting command) {
        state.requireInSession();
        requireInOrder(command.adjournedAt(), "adjourned");
        apply(new MeetingAdjourned(meetingId, command.adjournedAt(), command.reason()));
        return Versions.current();
    }

    @CommandHandler
    long handle(ResumeMeeting command) {
        if (state.phase() != MeetingPhase.ADJOURNED) {
            throw RuleViolation.conflict("meeting-not-adjourned", "Meeting " + meetingId + " is not adjourned");
        }
        requireInOrder(command.resumedAt(), "resumed");
        apply(new MeetingResumed(meetingId, command.resumedAt()));
        return Versions.current();
    }

    @CommandHandler
    long handle(CloseMeeting command) {
        if (state.phase() == MeetingPhase.CLOSED) {
            throw RuleViolation.conflict("meeting-already-closed", "Meeting " + meetingId + " is already closed");
        }
        state.requireInSession();
        if (command.closedAt().isBefore(state.openedAt())) {
            throw RuleViolation.invalid("close-before-start", "The meeting cannot close at " + command.closedAt()
                    + ", before it opened at " + state.openedAt());
        }
        requireInOrder(command.closedAt(), "closed");
        apply(new MeetingClosed(meetingId, command.closedAt()));
        return Versions.current();
    }

    /**
     * Any recorded fact can be corrected, also after the close; the original stays in the history. Once the
     * minutes are confirmed, the correction must name the later meeting at which it is noted.
     */
    @CommandHandler
    long handle(CorrectFact command) {
        String correctedType = eventLog.typeAt(command.correctsSequenceNumber());
        if (correctedType == null) {
            throw RuleViolation.invalid("correction-target-unknown", "Meeting " + meetingId
                    + " has no event with sequence number " + command.correctsSequenceNumber());
        }
        if (minutesRecord.isConfirmed() && command.notedAtMeetingId() == null) {
            throw RuleViolation.invalid("correction-must-name-meeting", "The minutes of meeting " + meetingId
                    + " are confirmed: name the meeting at which the correction is noted (notedAtMeetingId)");
        }
        if (meetingId.equals(command.notedAtMeetingId())) {
            throw RuleViolation.invalid("correction-noted-at-own-meeting",
                    "A correction is noted at a later meeting, not the meeting corrected");
        }
        apply(new FactCorrected(meetingId, command.correctsSequenceNumber(), correctedType, command.replacement(),
                command.reason(), command.correctedBy(), command.notedAtMeetingId()));
        return Versions.current();
    }

    private void requireNotYetOpened(String what) {
        if (state.phase() != MeetingPhase.SCHEDULED) {
            throw state.phase() == MeetingPhase.CANCELLED
                    ? RuleViolation.conflict("meeting-cancelled", "Meeting " + meetingId + " was cancelled")
                    : RuleViolation.conflict("meeting-already-opened",
                    "Meeting " + meetingId + " has opened, so it can no longer be " + what);
        }
    }

    /** The meeting's times run forwards: opened, adjourned, resumed, closed. */
    private void requireInOrder(LocalDateTime at, String what) {
        if (at.isBefore(state.lastMovedAt())) {
            throw RuleViolation.invalid("time-out-of-order", "The meeting cannot be " + what + " at " + at
                    + ", before its last opening, adjournment or resumption at " + state.lastMovedAt());
        }
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        meetingId = event.meetingId();
        scheduled = event;
        state.scheduled(event.meetingId(), event.committeeId(), event.startsAt());
    }

    @EventSourcingHandler
    void on(MeetingRescheduled event) {
        state.rescheduled(event.startsAt());
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        state.moved(MeetingPhase.CANCELLED, null);
    }

    @EventSourcingHandler
    void on(MeetingOpened event) {
        state.opened(event.openedAt(), event.chair());
    }

    @EventSourcingHandler
    void on(MeetingAdjourned event) {
        state.moved(MeetingPhase.ADJOURNED, event.adjournedAt());
    }

    @EventSourcingHandler
    void on(MeetingResumed event) {
        state.moved(MeetingPhase.OPEN, event.resumedAt());
    }

    @EventSourcingHandler
    void on(MeetingClosed event) {
        state.moved(MeetingPhase.CLOSED, event.closedAt());
    }
}
