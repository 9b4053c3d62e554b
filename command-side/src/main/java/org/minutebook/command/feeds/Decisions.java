package org.minutebook.command.feeds;

import org.minutebook.events.MeetingEvent;
import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.actions.ActionCompleted;
import org.minutebook.events.actions.FollowUpEvent;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;
import org.minutebook.events.agenda.AgendaEvent;
import org.minutebook.events.attendance.AttendanceEvent;
import org.minutebook.events.business.BusinessEvent;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemWithdrawn;
import org.minutebook.events.business.QuestionEvent;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.declarations.DeclarationEvent;
import org.minutebook.events.imports.MinutesImported;
import org.minutebook.events.meetings.MeetingLifeEvent;
import org.minutebook.events.minutes.EarlierMinutesCorrectionNoted;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesEvent;
import org.minutebook.events.minutes.MinutesSigned;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;
import org.minutebook.events.resolutions.DecisionEvent;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionPassed;

import java.util.Optional;
import java.util.function.Function;

/**
 * Which events the decisions feed publishes, and the agenda item each is about: resolutions and lost motions,
 * deferrals and withdrawals, referrals and further reports, confirmations of minutes — and a correction of any of
 * these, about the item of the decision it corrects. Every part of the record answers, so an event added to the
 * contract does not compile until it is said to be a decision or not.
 */
final class Decisions implements MeetingEvent.Parts<Optional<Decisions.Decision>>,
        DecisionEvent.Visitor<Optional<Decisions.Decision>>, MinutesEvent.Visitor<Optional<Decisions.Decision>>,
        FollowUpEvent.Visitor<Optional<Decisions.Decision>> {

    /** A decision, about an agenda item, or (the item null) about the minutes of the meeting as a whole. */
    record Decision(String itemId) {
    }

    private static final Optional<Decision> NOT_A_DECISION = Optional.empty();

    private final Function<FactCorrected, Optional<MeetingEvent>> corrected;

    /** @param corrected the event a correction corrects, as first recorded */
    Decisions(Function<FactCorrected, Optional<MeetingEvent>> corrected) {
        this.corrected = corrected;
    }

    Optional<Decision> of(MeetingEvent event) {
        return event.byPart(this);
    }

    private static Optional<Decision> about(String itemId) {
        return Optional.of(new Decision(itemId));
    }

    // --- the parts: decisions, some of the minutes and follow-ups are decisions; nothing else is --------------------

    @Override
    public Optional<Decision> decisions(DecisionEvent event) {
        return event.accept(this);
    }

    @Override
    public Optional<Decision> minutes(MinutesEvent event) {
        return event.accept(this);
    }

    @Override
    public Optional<Decision> followUps(FollowUpEvent event) {
        return event.accept(this);
    }

    /** A governance system must learn that a decision now reads otherwise, or was struck out. */
    @Override
    public Optional<Decision> correction(FactCorrected event) {
        return corrected.apply(event).flatMap(this::of);
    }

    @Override
    public Optional<Decision> meeting(MeetingLifeEvent event) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<Decision> agenda(AgendaEvent event) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<Decision> attendance(AttendanceEvent event) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<Decision> declarations(DeclarationEvent event) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<Decision> business(BusinessEvent event) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<Decision> questions(QuestionEvent event) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<Decision> imported(MinutesImported event) {
        return NOT_A_DECISION;
    }

    // --- decisions ----------------------------------------------------------------------------------------------

    @Override
    public Optional<Decision> on(ResolutionPassed event) {
        return about(event.itemId());
    }

    @Override
    public Optional<Decision> on(MotionLost event) {
        return about(event.itemId());
    }

    @Override
    public Optional<Decision> on(ItemDeferred event) {
        return about(event.itemId());
    }

    @Override
    public Optional<Decision> on(ItemWithdrawn event) {
        return about(event.itemId());
    }

    // --- the minutes: their confirmation is a decision, here of an earlier meeting's, there of these ------------

    @Override
    public Optional<Decision> on(PreviousMinutesConfirmed event) {
        return about(event.itemId());
    }

    @Override
    public Optional<Decision> on(MinutesConfirmed event) {
        return about(null);
    }

    @Override
    public Optional<Decision> on(MinutesSigned event) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<Decision> on(EarlierMinutesCorrectionNoted event) {
        return NOT_A_DECISION;
    }

    // --- follow-ups: sending a matter on is a decision; an action, or its doing, is not ---------------------------

    @Override
    public Optional<Decision> on(FurtherReportRequested event) {
        return about(event.itemId());
    }

    @Override
    public Optional<Decision> on(ReferralMade event) {
        return about(event.itemId());
    }

    @Override
    public Optional<Decision> on(ActionAgreed event) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<Decision> on(ActionCompleted event) {
        return NOT_A_DECISION;
    }
}
