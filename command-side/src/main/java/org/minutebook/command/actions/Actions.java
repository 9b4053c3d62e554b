package org.minutebook.command.actions;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.kernel.MeetingState;
import org.minutebook.command.resolutions.Decisions;
import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.actions.ActionCompleted;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import static org.minutebook.command.kernel.WrittenTimes.written;

/**
 * What the meeting's decisions (or one part of a decision) asked to be done: further reports, referrals to other
 * bodies, other actions. They are recorded with the meeting's other facts, live or drafted afterwards, and may be
 * completed long after.
 */
public final class Actions {

    private final MeetingState state;
    private final Agenda agenda;
    private final Decisions decisions;
    private final Set<String> actionIds = new HashSet<>();
    private final Set<String> completed = new HashSet<>();

    public Actions(MeetingState state, Agenda agenda, Decisions decisions) {
        this.state = state;
        this.agenda = agenda;
        this.decisions = decisions;
    }

    @CommandHandler
    void handle(RequestFurtherReport command) {
        requireNewAction(command.itemId(), command.actionId(), command.resolutionId(), command.partId());
        requireAfterMeeting(command.dueMeetingDate(), "dueMeetingDate");
        apply(new FurtherReportRequested(state.meetingId(), command.itemId(), command.actionId(),
                command.resolutionId(), command.partId(), command.subject(), command.toBody(),
                command.dueMeetingDate()));
    }

    @CommandHandler
    void handle(MakeReferral command) {
        requireNewAction(command.itemId(), command.actionId(), command.resolutionId(), command.partId());
        apply(new ReferralMade(state.meetingId(), command.itemId(), command.actionId(), command.resolutionId(),
                command.partId(), command.toBody(), command.subject()));
    }

    @CommandHandler
    void handle(AgreeAction command) {
        requireNewAction(command.itemId(), command.actionId(), command.resolutionId(), command.partId());
        requireAfterMeeting(command.dueBy(), "dueBy");
        apply(new ActionAgreed(state.meetingId(), command.itemId(), command.actionId(), command.resolutionId(),
                command.partId(), command.description(), command.owner(), command.dueBy()));
    }

    @CommandHandler
    void handle(CompleteAction command) {
        if (!actionIds.contains(command.actionId())) {
            throw ActionRules.UNKNOWN_ACTION.broken("No action " + command.actionId() + " followed this meeting")
                    .at("actionId");
        }
        if (completed.contains(command.actionId())) {
            throw ActionRules.ACTION_ALREADY_COMPLETED.broken("Action " + command.actionId()
                    + " is already completed").at("actionId");
        }
        if (state.date() != null && command.completedOn().isBefore(state.date())) {
            throw ActionRules.COMPLETED_BEFORE_MEETING.broken("An action agreed on " + written(state.date())
                    + " cannot be completed on " + written(command.completedOn()))
                    .at("completedOn");
        }
        apply(new ActionCompleted(state.meetingId(), command.actionId(), command.completedOn(), command.note()));
    }

    private void requireNewAction(String itemId, String actionId, String resolutionId, String partId) {
        state.requireRecordable();
        agenda.requireItem(itemId, "itemId");
        if (resolutionId != null) {
            decisions.requireResolution(resolutionId, "resolutionId");
        }
        if (partId != null && resolutionId == null) {
            throw ActionRules.PART_WITHOUT_DECISION.broken("Part " + partId + " is a part of a decision: name the"
                    + " decision (resolutionId)").at("resolutionId");
        }
        if (partId != null) {
            decisions.requirePart(resolutionId, partId, "partId");
        }
        if (actionIds.contains(actionId)) {
            throw ActionRules.ACTION_ALREADY_RECORDED.broken("Action " + actionId + " is already recorded")
                    .at("actionId");
        }
    }

    private void requireAfterMeeting(LocalDate due, String field) {
        if (due != null && state.date() != null && !due.isAfter(state.date())) {
            throw ActionRules.DUE_DATE_NOT_AFTER_MEETING.broken("What a meeting asks for falls due after it, not on "
                    + written(due)).at(field);
        }
    }

    @EventSourcingHandler
    void on(FurtherReportRequested event) {
        actionIds.add(event.actionId());
    }

    @EventSourcingHandler
    void on(ReferralMade event) {
        actionIds.add(event.actionId());
    }

    @EventSourcingHandler
    void on(ActionAgreed event) {
        actionIds.add(event.actionId());
    }

    @EventSourcingHandler
    void on(ActionCompleted event) {
        completed.add(event.actionId());
    }
}
