package org.minutebook.command.feeds;

import org.minutebook.events.executive.CallInConsiderationCorrected;
import org.minutebook.events.executive.CallInConsidered;
import org.minutebook.events.executive.CallInCorrected;
import org.minutebook.events.executive.CallInRequested;
import org.minutebook.events.executive.DecisionNoticeCorrected;
import org.minutebook.events.executive.DecisionNoticePublished;
import org.minutebook.events.executive.DecisionReconsidered;
import org.minutebook.events.executive.DecisionTaken;
import org.minutebook.events.executive.DecisionTakenCorrected;
import org.minutebook.events.executive.ExecutiveDecisionEvent;
import org.minutebook.events.executive.KeyDecisionNoticeCorrected;
import org.minutebook.events.executive.KeyDecisionNoticePublished;
import org.minutebook.events.executive.KeyDecisionPlanCorrected;
import org.minutebook.events.executive.KeyDecisionPlanned;
import org.minutebook.events.executive.ReconsiderationCorrected;
import org.minutebook.events.published.Correction;
import org.minutebook.events.published.OutsideMeeting;
import org.minutebook.events.published.PublishedDecision.Kind;
import org.minutebook.events.published.PublishedDecision.Outcome;

/**
 * What each step in the life of a decision outside a meeting is, as the decisions feed publishes it: every step is
 * published (a governance system follows a key decision from the forward plan to the day it may be implemented),
 * so every event of the part answers here.
 */
final class DecisionsOutsideMeetings implements ExecutiveDecisionEvent.Visitor<DecisionsOutsideMeetings.Step> {

    /**
     * The step's kind and outcome, the reason it gives (a late notice's, a call-in's, scrutiny's), if any, and, when
     * the step is a correction of an earlier one, the correction (published as the step corrected, now reading so).
     */
    record Step(Kind kind, Outcome outcome, String reason, Correction correction) {

        Step(Kind kind, Outcome outcome, String reason) {
            this(kind, outcome, reason, null);
        }

        /** The step as its correction publishes it: the step corrected, as it now reads, with the correction. */
        Step correctedBy(Correction correction) {
            return new Step(kind, outcome, reason, correction);
        }
    }

    private static final DecisionsOutsideMeetings STEPS = new DecisionsOutsideMeetings();

    private DecisionsOutsideMeetings() {
    }

    static Step stepOf(ExecutiveDecisionEvent event) {
        return event.accept(STEPS);
    }

    @Override
    public Step on(KeyDecisionPlanned event) {
        return new Step(Kind.KEY_DECISION_PLANNED, Outcome.PLANNED, event.privateReason());
    }

    @Override
    public Step on(KeyDecisionPlanCorrected event) {
        return on(event.corrected()).correctedBy(OutsideMeeting.correctionIn(event));
    }

    @Override
    public Step on(KeyDecisionNoticePublished event) {
        return new Step(Kind.KEY_DECISION_NOTICE, Outcome.NOTICE_PUBLISHED, event.reason());
    }

    @Override
    public Step on(KeyDecisionNoticeCorrected event) {
        return on(event.corrected()).correctedBy(OutsideMeeting.correctionIn(event));
    }

    @Override
    public Step on(DecisionTaken event) {
        return new Step(Kind.DECISION_OUTSIDE_MEETING, Outcome.DECIDED, event.reasons());
    }

    @Override
    public Step on(DecisionTakenCorrected event) {
        return on(event.corrected()).correctedBy(OutsideMeeting.correctionIn(event));
    }

    @Override
    public Step on(DecisionNoticePublished event) {
        return new Step(Kind.DECISION_NOTICE, Outcome.NOTICE_PUBLISHED, null);
    }

    @Override
    public Step on(DecisionNoticeCorrected event) {
        return on(event.corrected()).correctedBy(OutsideMeeting.correctionIn(event));
    }

    @Override
    public Step on(CallInRequested event) {
        return new Step(Kind.CALL_IN, Outcome.CALLED_IN, event.reasons());
    }

    @Override
    public Step on(CallInCorrected event) {
        return on(event.corrected()).correctedBy(OutsideMeeting.correctionIn(event));
    }

    @Override
    public Step on(CallInConsidered event) {
        return new Step(Kind.CALL_IN_CONSIDERED, event.outcome().upheld() ? Outcome.CALL_IN_UPHELD
                : Outcome.CALL_IN_NOT_UPHELD, event.reasons());
    }

    @Override
    public Step on(DecisionReconsidered event) {
        return new Step(Kind.DECISION_RECONSIDERED, switch (event.outcome()) {
            case CONFIRMED -> Outcome.CONFIRMED;
            case VARIED -> Outcome.VARIED;
            case REVOKED -> Outcome.REVOKED;
        }, event.reasons());
    }

    @Override
    public Step on(CallInConsiderationCorrected event) {
        return on(event.corrected()).correctedBy(OutsideMeeting.correctionIn(event));
    }

    @Override
    public Step on(ReconsiderationCorrected event) {
        return on(event.corrected()).correctedBy(OutsideMeeting.correctionIn(event));
    }
}
