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
import org.minutebook.events.published.Minutes;
import org.minutebook.events.published.Motion;
import org.minutebook.events.published.PublishedDecision;
import org.minutebook.events.published.SentOn;
import org.minutebook.events.resolutions.DecisionEvent;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which events the decisions feed publishes, and what each decided, about which agenda item: resolutions and lost
 * motions (with the debate and statutory record), deferrals and withdrawals, referrals and further reports,
 * confirmations of minutes — and a correction of any of these, about the item of the decision it corrects. Every part
 * of the record answers, so an event added to the contract does not compile until it is said to be a decision or
 * not.
 */
final class Decisions implements MeetingEvent.Parts<Optional<Decisions.Decision>>,
        DecisionEvent.Visitor<Optional<Decisions.Decision>>, MinutesEvent.Visitor<Optional<Decisions.Decision>>,
        FollowUpEvent.Visitor<Optional<Decisions.Decision>> {

    /**
     * A decision, about an agenda item, or (the item null) about the minutes of the meeting as a whole: what the
     * published decision says of it ({@link org.minutebook.events.published.PublishedDecision}), but where it was
     * taken and when.
     */
    record Decision(PublishedDecision.Kind kind, PublishedDecision.Outcome outcome, String itemId, String text,
                    Motion motion, SentOn sentOn, Minutes minutes, String reason) {
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

    private static Optional<Decision> motion(PublishedDecision.Kind kind, PublishedDecision.Outcome outcome,
                                             String itemId, Motion motion) {
        return Optional.of(new Decision(kind, outcome, itemId, ResolutionPart.worded(motion.parts()), motion, null,
                null, null));
    }

    private static Optional<Decision> setAside(PublishedDecision.Kind kind, PublishedDecision.Outcome outcome,
                                               String itemId, String reason) {
        return Optional.of(new Decision(kind, outcome, itemId, reason, null, null, null, reason));
    }

    private static Optional<Decision> sentOn(PublishedDecision.Kind kind, PublishedDecision.Outcome outcome,
                                             String itemId, SentOn sentOn) {
        return Optional.of(new Decision(kind, outcome, itemId, sentOn.subject(), null, sentOn, null, null));
    }

    private static Optional<Decision> confirmed(PublishedDecision.Kind kind, String itemId, Minutes minutes) {
        return Optional.of(new Decision(kind, PublishedDecision.Outcome.CONFIRMED, itemId,
                minutes.correctionsNoted().isEmpty() ? null : String.join(" ", minutes.correctionsNoted()), null,
                null, minutes, null));
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
        return motion(PublishedDecision.Kind.RESOLUTION, PublishedDecision.Outcome.CARRIED, event.itemId(),
                new Motion(event.resolutionId(), event.form(), event.preamble(), event.parts(), event.movedBy(),
                        event.secondedBy(), event.vote(), event.earlierVotes(), event.amendments(), event.statutory(),
                        event.withoutQuorum()));
    }

    @Override
    public Optional<Decision> on(MotionLost event) {
        return motion(PublishedDecision.Kind.LOST_MOTION, PublishedDecision.Outcome.LOST, event.itemId(),
                new Motion(event.resolutionId(), event.form(), event.preamble(), event.parts(), event.movedBy(),
                        event.secondedBy(), event.vote(), event.earlierVotes(), event.amendments(), null,
                        event.withoutQuorum()));
    }

    @Override
    public Optional<Decision> on(ItemDeferred event) {
        return setAside(PublishedDecision.Kind.DEFERRAL, PublishedDecision.Outcome.DEFERRED, event.itemId(),
                event.reason());
    }

    @Override
    public Optional<Decision> on(ItemWithdrawn event) {
        return setAside(PublishedDecision.Kind.WITHDRAWAL, PublishedDecision.Outcome.WITHDRAWN, event.itemId(),
                event.reason());
    }

    // --- the minutes: their confirmation is a decision, here of an earlier meeting's, there of these ------------

    @Override
    public Optional<Decision> on(PreviousMinutesConfirmed event) {
        return confirmed(PublishedDecision.Kind.PREVIOUS_MINUTES_CONFIRMED, event.itemId(),
                new Minutes(event.confirmedMeetingId(), event.confirmedMeetingDate(), event.correctionsNoted(), null,
                        event.signedBy()));
    }

    @Override
    public Optional<Decision> on(MinutesConfirmed event) {
        return confirmed(PublishedDecision.Kind.MINUTES_CONFIRMED, null, new Minutes(null, null, List.of(),
                event.atMeetingId(), null));
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
        return sentOn(PublishedDecision.Kind.FURTHER_REPORT, PublishedDecision.Outcome.FURTHER_REPORT_REQUESTED,
                event.itemId(), new SentOn(event.actionId(), event.resolutionId(), event.partId(), event.toBody(),
                        event.subject(), event.dueMeetingDate()));
    }

    @Override
    public Optional<Decision> on(ReferralMade event) {
        return sentOn(PublishedDecision.Kind.REFERRAL, PublishedDecision.Outcome.REFERRED, event.itemId(),
                new SentOn(event.actionId(), event.resolutionId(), event.partId(), event.toBody(), event.subject(),
                        null));
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
