package org.minutebook.command.meetings;

import jakarta.validation.Validator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.minutebook.command.kernel.SharedRules;
import org.minutebook.command.actions.Actions;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.attendance.Attendance;
import org.minutebook.command.business.ItemBusiness;
import org.minutebook.command.business.Questions;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.corrections.CorrectFact;
import org.minutebook.command.declarations.Declarations;
import org.minutebook.command.kernel.MeetingPhase;
import org.minutebook.command.kernel.MeetingState;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.minutes.MinutesRecord;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.command.platform.ForCommittee;
import org.minutebook.command.minutes.PreviousMinutes;
import org.minutebook.command.resolutions.Decisions;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.imports.MinutesImported;
import org.minutebook.events.meetings.MeetingAdjourned;
import org.minutebook.events.meetings.MeetingCancelled;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingRescheduled;
import org.minutebook.events.meetings.MeetingResumed;
import org.minutebook.events.meetings.MeetingRole;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.events.minutes.MinutesConfirmed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import static org.minutebook.command.kernel.WrittenTimes.written;

/**
 * One meeting of a committee and everything recorded of it. The meeting's life (schedule, open, adjourn, close),
 * its roles and corrections are handled here; each part of the record keeps its own rules in its own entity. Guards
 * throw before anything is applied and state changes only in event-sourcing handlers, so a refused command leaves
 * no event. A correction rebuilds the parts from the record as corrected, so every rule reads the corrected facts.
 */
@Aggregate(cache = "meetingCache")
public class Meeting {

    @AggregateIdentifier
    private String meetingId;
    private MeetingScheduled scheduled;
    private MeetingState state;
    private String scheduledVenue;

    @AggregateMember
    private final EventLog eventLog = new EventLog(this::rebuiltFrom);
    @AggregateMember
    private Agenda agenda;
    @AggregateMember
    private Attendance attendance;
    @AggregateMember
    private Declarations declarations;
    @AggregateMember
    private PreviousMinutes previousMinutes;
    @AggregateMember
    private MinutesRecord minutesRecord;
    @AggregateMember
    private Questions questions;
    @AggregateMember
    private ItemBusiness business;
    @AggregateMember
    private Decisions decisions;
    @AggregateMember
    private Actions actions;

    protected Meeting() {
        parts(new MeetingState());
    }

    private void parts(MeetingState state) {
        this.state = state;
        this.agenda = new Agenda(state);
        this.attendance = new Attendance(state, agenda);
        this.declarations = new Declarations(state, agenda, attendance);
        this.previousMinutes = new PreviousMinutes(state, agenda);
        this.minutesRecord = new MinutesRecord(state);
        this.questions = new Questions(state, agenda);
        this.business = new ItemBusiness(state, agenda);
        this.decisions = new Decisions(state, agenda);
        this.actions = new Actions(state, agenda, decisions);
    }

    /** After a correction: every part as the corrected facts, replayed in order, make it. */
    private void rebuiltFrom(List<EventLog.Sequenced> facts) {
        Meeting rebuilt = RecordRebuild.of(meetingId, facts);
        scheduled = rebuilt.scheduled;
        scheduledVenue = rebuilt.scheduledVenue;
        state = rebuilt.state;
        agenda = rebuilt.agenda;
        attendance = rebuilt.attendance;
        declarations = rebuilt.declarations;
        previousMinutes = rebuilt.previousMinutes;
        minutesRecord = rebuilt.minutesRecord;
        questions = rebuilt.questions;
        business = rebuilt.business;
        decisions = rebuilt.decisions;
        actions = rebuilt.actions;
    }

    /**
     * Every command to the meeting, whichever part of it handles it, is its council's, and so is every other
     * meeting the command names: checked from the meeting as loaded (its committee), before any handler runs. A
     * meeting not yet scheduled is its committee-to-be's.
     */
    @CommandHandlerInterceptor
    void withinCouncilScope(Object command, CouncilScope councils) {
        String committeeId = state.committeeId() != null ? state.committeeId()
                : command instanceof ForCommittee forCommittee ? forCommittee.committeeId() : null;
        councils.requireServed(committeeId, command);
    }

    /** Idempotent: the same id and details again records nothing; the same id with other details is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleMeeting command, CommitteeRoster committees) {
        ZoneId zone = committees.timeZoneOf(command.committeeId());
        if (scheduled == null && zone == null) {
            throw MeetingRules.COMMITTEE_NOT_REGISTERED.broken("No committee " + command.committeeId()
                    + " is registered").at("committeeId");
        }
        ZoneId meetingZone = scheduled != null ? ZoneId.of(scheduled.timeZone()) : zone;
        LocalDateTime startsAt = command.startsAt() == null ? null : command.startsAt().in(meetingZone,
                command.date(), "startsAt");
        LocalDate date = startsAt != null ? startsAt.toLocalDate() : command.date();
        if (startsAt != null && command.date() != null && !command.date().equals(date)) {
            throw MeetingRules.DATE_DISAGREES_WITH_START.broken("The meeting starts at " + written(startsAt)
                    + " (" + meetingZone + "), which is not on " + written(command.date())).at("date");
        }
        MeetingScheduled requested = new MeetingScheduled(command.meetingId(), command.committeeId(),
                command.title(), command.special(), date, startsAt == null ? null : startsAt.toLocalTime(),
                meetingZone.getId(), command.venue(), command.contacts(), command.webcastUrl());
        if (scheduled != null) {
            if (!scheduled.equals(requested)) {
                throw MeetingRules.MEETING_ALREADY_SCHEDULED.broken("Meeting " + command.meetingId()
                        + " is already scheduled with other details");
            }
            return;
        }
        apply(requested);
    }

    @CommandHandler
    void handle(RescheduleMeeting command) {
        requireNotYetOpened("rescheduled");
        // what the command does not move stays as scheduled: a new venue alone keeps the day and time
        LocalDate day = command.date() != null ? command.date() : state.date();
        LocalDateTime startsAt = command.startsAt() == null ? null : command.startsAt().in(state.zone(), day,
                "startsAt");
        if (startsAt != null && command.date() != null && !command.date().equals(startsAt.toLocalDate())) {
            throw MeetingRules.DATE_DISAGREES_WITH_START.broken("The meeting would start at " + written(startsAt)
                    + " (" + state.zone() + "), which is not on " + written(command.date())).at("date");
        }
        LocalDate date = startsAt != null ? startsAt.toLocalDate() : day;
        LocalTime startTime = startsAt != null ? startsAt.toLocalTime() : state.startTime();
        String venue = command.venue() != null ? command.venue() : scheduledVenue;
        apply(new MeetingRescheduled(meetingId, date, startTime, venue, command.reason()));
    }

    @CommandHandler
    void handle(CancelMeeting command) {
        requireNotYetOpened("cancelled");
        apply(new MeetingCancelled(meetingId, command.reason()));
    }

    @CommandHandler
    void handle(OpenMeeting command) {
        if (state.phase() != MeetingPhase.SCHEDULED) {
            throw state.phase() == MeetingPhase.CANCELLED
                    ? SharedRules.MEETING_CANCELLED.broken("Meeting " + meetingId + " was cancelled")
                    : MeetingRules.MEETING_ALREADY_OPENED.broken("Meeting " + meetingId + " was already opened");
        }
        LocalDateTime openedAt = civil(command.openedAt(), "openedAt");
        if (openedAt != null && state.date() != null && !openedAt.toLocalDate().equals(state.date())) {
            throw MeetingRules.OPENED_ON_OTHER_DAY.broken("Meeting " + meetingId + " is on " + written(state.date())
                    + "; it cannot open at " + written(openedAt) + " (reschedule it first)").at("openedAt");
        }
        apply(new MeetingOpened(meetingId, openedAt, command.chair()));
    }

    @CommandHandler
    void handle(AdjournMeeting command) {
        requireInSession();
        LocalDateTime at = civil(command.adjournedAt(), "adjournedAt");
        requireInOrder(at, "adjourned", "adjournedAt");
        apply(new MeetingAdjourned(meetingId, at, command.reason()));
    }

    @CommandHandler
    void handle(ResumeMeeting command) {
        if (state.phase() != MeetingPhase.ADJOURNED) {
            throw MeetingRules.MEETING_NOT_ADJOURNED.broken("Meeting " + meetingId + " is not adjourned");
        }
        LocalDateTime at = civil(command.resumedAt(), "resumedAt");
        requireInOrder(at, "resumed", "resumedAt");
        apply(new MeetingResumed(meetingId, at));
    }

    /**
     * A meeting closes on its day, or — sitting past midnight — on the day after it last opened or resumed, less
     * than a day after it did ("The meeting closed at 12.20am"). A bare time is on the meeting's day: a close past
     * midnight gives its date.
     */
    @CommandHandler
    void handle(CloseMeeting command) {
        if (state.phase() == MeetingPhase.CLOSED) {
            throw MeetingRules.MEETING_ALREADY_CLOSED.broken("Meeting " + meetingId + " is already closed");
        }
        requireInSession();
        MeetingTime closing = command.closedAt();
        LocalTime closedAt = closing == null ? null : closing.timeOfDayIn(state.zone());
        LocalDateTime closedAtOn = closing != null && closing.hasDate() ? civil(closing, "closedAt") : null;
        LocalDate closedOn = closedAtOn != null && state.date() != null
                && !closedAtOn.toLocalDate().equals(state.date()) ? closedAtOn.toLocalDate() : null;
        if (closedOn != null && !pastMidnight(closedAtOn)) {
            throw MeetingRules.CLOSED_ON_OTHER_DAY.broken("Meeting " + meetingId + " is on " + written(state.date())
                    + " and last sat from " + written(state.lastMovedAt()) + "; it cannot close at " + written(closedAtOn)
                    + " (a sitting closes on its day, or past midnight within a day of sitting)").at("closedAt");
        }
        if (closedOn == null && closedAt != null && state.openedAt() != null
                && closedAt.isBefore(state.openedAt().toLocalTime())) {
            throw MeetingRules.CLOSE_BEFORE_START.broken("The meeting cannot close at " + written(closedAt)
                    + ", before it opened at " + written(state.openedAt().toLocalTime()) + " (past midnight, give the"
                    + " date: " + written(state.openedAt().toLocalDate().plusDays(1).atTime(closedAt)) + ")").at("closedAt");
        }
        if (closedAt != null && state.date() != null) {
            requireInOrder(closedOn != null ? closedAtOn : state.date().atTime(closedAt), "closed", "closedAt");
        }
        apply(new MeetingClosed(meetingId, closedAt, closedOn, command.signatureRole()));
    }

    /** After the meeting's day, less than a day after it last opened or resumed: a sitting that ran past midnight. */
    private boolean pastMidnight(LocalDateTime closedAt) {
        LocalDateTime sat = state.lastMovedAt() != null ? state.lastMovedAt() : state.openedAt();
        return sat != null && closedAt.isAfter(sat) && closedAt.isBefore(sat.plusDays(1))
                && closedAt.toLocalDate().isAfter(state.date());
    }

    /**
     * Who was vice-chair, or who took the chair from an item on: recorded live or afterwards, as any fact. A change
     * of chair says who presided at every item from then on, so it must leave the casting votes recorded lawful.
     */
    @CommandHandler
    void handle(TakeMeetingRole command, CommitteeRoster committees) {
        state.requireRecordable();
        if (command.fromItemId() != null) {
            agenda.requireItem(command.fromItemId(), "fromItemId");
        }
        if (command.role() == MeetingRole.CHAIR && command.fromItemId() == null && state.chair() != null) {
            throw MeetingRules.CHAIR_ALREADY_RECORDED.broken(state.chair().asWritten()
                    + " is recorded in the chair from the opening; name the item from which the chair changed")
                    .at("fromItemId");
        }
        if (command.role() == MeetingRole.CHAIR) {
            state.requireRecordedVotesStand(agenda.sitting(facts -> facts.chairTaken(command.person(),
                    command.fromItemId()), committees), agenda::named, "fromItemId");
        }
        apply(new MeetingRoleTaken(meetingId, command.role(), command.person(), command.fromItemId()));
    }

    /**
     * Any recorded fact can be corrected, also after the close; the original stays in the history. The corrected
     * fact is decided by the command that decided the original, against the rest of the record, so it keeps every
     * rule the original had to keep. Once the minutes are confirmed, the correction must name the later meeting at
     * which it is noted. A correction of one part of a decision is decided as the decision with that part
     * corrected (or struck out).
     */
    @CommandHandler
    void handle(CorrectFact command, CommitteeRoster committees, Validator validator) {
        MeetingEvent original = eventLog.eventAt(command.correctsSequenceNumber());
        if (original == null) {
            throw CorrectionRules.CORRECTION_TARGET_UNKNOWN.broken("Meeting " + meetingId
                    + " has no event with sequence number " + command.correctsSequenceNumber())
                    .at("correctsSequenceNumber");
        }
        Corrections.requireCorrectable(original);
        if (minutesRecord.isConfirmed() && command.notedAtMeetingId() == null) {
            throw CorrectionRules.CORRECTION_MUST_NAME_MEETING.broken("The minutes of meeting " + meetingId
                    + " are confirmed: name the meeting at which the correction is noted (notedAtMeetingId)")
                    .at("notedAtMeetingId");
        }
        if (meetingId.equals(command.notedAtMeetingId())) {
            throw CorrectionRules.CORRECTION_NOTED_AT_OWN_MEETING.broken("A correction is noted at a later meeting,"
                    + " not the meeting corrected").at("notedAtMeetingId");
        }
        CorrectFact correction = command.partId() == null ? command
                : command.ofTheWholeFact(CorrectedParts.wholeFact(original, command.partId(), command.replacement()));
        if (correction.replacement() == null) {
            Corrections.requireStrikable(meetingId, eventLog, command.correctsSequenceNumber(), original, committees);
        }
        MeetingEvent corrected = correction.replacement() == null ? null
                : Corrections.decide(meetingId, eventLog, correction, original, committees, validator);
        if (corrected instanceof MeetingScheduled moved) {
            requireCouncilKept(moved.committeeId(), committees);
        }
        apply(new FactCorrected(meetingId, command.correctsSequenceNumber(), Corrections.typeName(original),
                corrected == null ? null : CorrectedFacts.fieldsOf(corrected), command.partId(), command.reason(),
                command.correctedBy(), command.notedAtMeetingId()));
    }

    /** The page an import recorded the meeting from: kept with the meeting, as any fact, for the audit. */
    @CommandHandler
    void handle(RecordMinutesImport command) {
        apply(new MinutesImported(meetingId, command.source(), command.sha256(), command.text(), command.facts()));
    }

    /**
     * A meeting stays with its council: a correction may move it to another registered committee of the same council
     * only (a clerk of one council could otherwise take a meeting into another's record, or out of it).
     */
    private void requireCouncilKept(String committeeId, CommitteeRoster committees) {
        if (Objects.equals(committeeId, state.committeeId())) {
            return;
        }
        Optional<String> council = committeeId == null ? Optional.empty() : committees.councilOf(committeeId);
        if (council.isEmpty()) {
            throw MeetingRules.COMMITTEE_NOT_REGISTERED.broken("No committee " + committeeId + " is registered")
                    .at("replacement.committeeId");
        }
        if (!council.equals(committees.councilOf(state.committeeId()))) {
            throw CorrectionRules.COMMITTEE_OF_ANOTHER_COUNCIL.broken("Committee " + committeeId + " is of "
                    + (council.get().isEmpty() ? "no council named" : council.get())
                    + "; a meeting stays with its committee's council").at("replacement.committeeId");
        }
    }

    private void requireNotYetOpened(String what) {
        if (state.phase() != MeetingPhase.SCHEDULED) {
            throw state.phase() == MeetingPhase.CANCELLED
                    ? SharedRules.MEETING_CANCELLED.broken("Meeting " + meetingId + " was cancelled")
                    : MeetingRules.MEETING_ALREADY_OPENED.broken("Meeting " + meetingId
                            + " has opened, so it can no longer be " + what);
        }
    }

    /** The meeting's own moves (adjourn, close) are made while it sits. */
    private void requireInSession() {
        switch (state.phase()) {
            case OPEN -> {
            }
            case ADJOURNED -> throw MeetingRules.MEETING_ADJOURNED.broken("Meeting " + meetingId
                    + " is adjourned; resume it first");
            case SCHEDULED -> throw SharedRules.MEETING_NOT_OPEN.broken("Meeting " + meetingId
                    + " has not been opened");
            case CLOSED -> throw MeetingRules.MEETING_CLOSED.broken("Meeting " + meetingId + " is closed");
            case CANCELLED -> throw SharedRules.MEETING_CANCELLED.broken("Meeting " + meetingId + " was cancelled");
        }
    }

    /** The meeting's times run forwards: opened, adjourned, resumed, closed; a time not stated is not compared. */
    private void requireInOrder(LocalDateTime at, String what, String field) {
        if (at != null && state.lastMovedAt() != null && at.isBefore(state.lastMovedAt())) {
            throw MeetingRules.TIME_OUT_OF_ORDER.broken("The meeting cannot be " + what + " at " + written(at)
                    + ", before its last opening, adjournment or resumption at " + written(state.lastMovedAt())).at(field);
        }
    }

    private LocalDateTime civil(MeetingTime time, String field) {
        return time == null ? null : time.in(state.zone(), state.date(), field);
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        meetingId = event.meetingId();
        scheduled = event;
        scheduledVenue = event.venue();
        state.scheduled(event.meetingId(), event.committeeId(), event.date(), event.startTime(),
                ZoneId.of(event.timeZone()));
    }

    @EventSourcingHandler
    void on(MeetingRescheduled event) {
        scheduledVenue = event.venue();
        state.rescheduled(event.date(), event.startTime());
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
        LocalDate day = event.closedOn() != null ? event.closedOn() : state.date();
        state.moved(MeetingPhase.CLOSED, event.closedAt() == null || day == null ? null : day.atTime(event.closedAt()));
    }

    @EventSourcingHandler
    void on(MeetingRoleTaken event) {
        if (event.role() == MeetingRole.CHAIR) {
            state.chairTaken(event.person(), event.fromItemId());
        }
    }

    @EventSourcingHandler
    void on(MinutesConfirmed event) {
        state.minutesConfirmed();
    }

}
