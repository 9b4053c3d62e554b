package org.minutebook.events.published;

import org.minutebook.events.executive.CallInConsiderationCorrected;
import org.minutebook.events.executive.CallInConsidered;
import org.minutebook.events.executive.CallInCorrected;
import org.minutebook.events.executive.CallInRequested;
import org.minutebook.events.executive.DecisionCorrection;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision outside a committee's meeting record as it stands: its forward plan entry and notices, who took it and
 * how, its decision notice, its call-in, its reconsideration, and the first day it may be implemented. The one fold
 * of its events ({@link #after}), for the decisions feed and the read model alike; its exempt part is never here.
 *
 * @param decisionId        the decision's id
 * @param council           the council
 * @param title             what it is about
 * @param matterId          the matter it belongs to, or null
 * @param forwardPlan       its forward plan entry, or null when it was never planned (an officer's decision)
 * @param taken             the decision as taken, or null while it is only planned
 * @param decisionNotice    its decision notice, or null until published
 * @param callIn            its call-in, or null when none was made
 * @param reconsidered      its reconsideration after a call-in upheld, or null
 * @param implementableFrom the first day it may be implemented, or null while that is not known (not taken, no
 *                          notice yet, called in, referred back, or revoked)
 */
public record OutsideMeeting(String decisionId, String council, String title, String matterId,
                             ForwardPlan forwardPlan, Taken taken, DecisionNotice decisionNotice, CallIn callIn,
                             Reconsidered reconsidered, LocalDate implementableFrom) {

    /** The decision after its events, in order. */
    public static OutsideMeeting of(List<? extends ExecutiveDecisionEvent> events) {
        OutsideMeeting decision = null;
        for (ExecutiveDecisionEvent event : events) {
            decision = after(decision, event);
        }
        return decision;
    }

    /** The correction the event is, as published; null when it is no correction. */
    public static Correction correctionIn(ExecutiveDecisionEvent event) {
        return event instanceof DecisionCorrection correction
                ? new Correction(null, correction.reason(), correction.correctedBy(), null) : null;
    }

    /** The decision after one more event; {@code before} is null for its first. */
    public static OutsideMeeting after(OutsideMeeting before, ExecutiveDecisionEvent event) {
        OutsideMeeting from = before != null ? before
                : new OutsideMeeting(event.decisionId(), null, null, null, null, null, null, null, null, null);
        return event.accept(new Folding(from));
    }

    /** Each event's change, on the decision as it stood. */
    private record Folding(OutsideMeeting d) implements ExecutiveDecisionEvent.Visitor<OutsideMeeting> {

        @Override
        public OutsideMeeting on(KeyDecisionPlanned event) {
            return new OutsideMeeting(d.decisionId, event.council(), event.title(), event.matterId(),
                    new ForwardPlan(event.decisionMaker(), event.plannedFor(), event.privateReason(), List.of()),
                    d.taken, d.decisionNotice, d.callIn, d.reconsidered, d.implementableFrom);
        }

        /** The plan as corrected, its notices kept. */
        @Override
        public OutsideMeeting on(KeyDecisionPlanCorrected event) {
            KeyDecisionPlanned plan = event.corrected();
            return new OutsideMeeting(d.decisionId, plan.council(), d.taken != null ? d.title : plan.title(),
                    d.taken != null && d.matterId != null ? d.matterId : plan.matterId(), new ForwardPlan(
                    plan.decisionMaker(), plan.plannedFor(), plan.privateReason(), d.forwardPlan.notices()), d.taken,
                    d.decisionNotice, d.callIn, d.reconsidered, d.implementableFrom);
        }

        @Override
        public OutsideMeeting on(KeyDecisionNoticePublished event) {
            List<Notice> notices = new ArrayList<>(d.forwardPlan.notices());
            notices.add(noticeOf(event));
            return withNotices(notices);
        }

        /** The notice numbered as corrected, in its place among the others. */
        @Override
        public OutsideMeeting on(KeyDecisionNoticeCorrected event) {
            List<Notice> notices = new ArrayList<>(d.forwardPlan.notices());
            notices.set(event.notice() - 1, noticeOf(event.corrected()));
            return withNotices(notices);
        }

        private static Notice noticeOf(KeyDecisionNoticePublished event) {
            return new Notice(event.kind(), event.publishedOn(), event.clearDays(), event.reason(), event.agreedBy());
        }

        private OutsideMeeting withNotices(List<Notice> notices) {
            ForwardPlan plan = d.forwardPlan;
            return new OutsideMeeting(d.decisionId, d.council, d.title, d.matterId, new ForwardPlan(
                    plan.decisionMaker(), plan.plannedFor(), plan.privateReason(), notices), d.taken,
                    d.decisionNotice, d.callIn, d.reconsidered, d.implementableFrom);
        }

        @Override
        public OutsideMeeting on(DecisionTaken event) {
            return new OutsideMeeting(d.decisionId, event.council(), event.title(),
                    event.matterId() != null ? event.matterId() : d.matterId, d.forwardPlan,
                    new Taken(event.makerKind(), event.maker(), event.delegation(), event.takenOn(),
                            event.meetingId(), event.decision(), event.reasons(), event.alternativesRejected(),
                            event.conflicts(), event.dispensations(), event.key(), event.exemptParagraph()),
                    d.decisionNotice, d.callIn, d.reconsidered, d.implementableFrom);
        }

        /** The decision as corrected reads as if taken so; its notice, call-in and reconsideration kept. */
        @Override
        public OutsideMeeting on(DecisionTakenCorrected event) {
            return on(event.corrected());
        }

        @Override
        public OutsideMeeting on(DecisionNoticePublished event) {
            return new OutsideMeeting(d.decisionId, d.council, d.title, d.matterId, d.forwardPlan, d.taken,
                    new DecisionNotice(event.publishedOn(), event.dueBy(), event.callInDeadline()), d.callIn,
                    d.reconsidered, event.implementableFrom());
        }

        /**
         * The notice as corrected, its dates counted again; the day it may be implemented moves with it while no
         * call-in was made (after one, scrutiny's and the reconsideration's day stands).
         */
        @Override
        public OutsideMeeting on(DecisionNoticeCorrected event) {
            DecisionNoticePublished notice = event.corrected();
            return new OutsideMeeting(d.decisionId, d.council, d.title, d.matterId, d.forwardPlan, d.taken,
                    new DecisionNotice(notice.publishedOn(), notice.dueBy(), notice.callInDeadline()), d.callIn,
                    d.reconsidered, d.callIn == null ? notice.implementableFrom() : d.implementableFrom);
        }

        @Override
        public OutsideMeeting on(CallInRequested event) {
            return new OutsideMeeting(d.decisionId, d.council, d.title, d.matterId, d.forwardPlan, d.taken,
                    d.decisionNotice, new CallIn(event.requestedOn(), event.requestedBy(), event.reasons(), null,
                    null, null, null, null), d.reconsidered, null);
        }

        /** The call-in as corrected; what scrutiny resolved on it, and the day it may be implemented, kept. */
        @Override
        public OutsideMeeting on(CallInCorrected event) {
            CallInRequested corrected = event.corrected();
            CallIn made = d.callIn;
            return new OutsideMeeting(d.decisionId, d.council, d.title, d.matterId, d.forwardPlan, d.taken,
                    d.decisionNotice, new CallIn(corrected.requestedOn(), corrected.requestedBy(),
                    corrected.reasons(), made.consideredOn(), made.committeeId(), made.meetingId(), made.outcome(),
                    made.resolution()), d.reconsidered, d.implementableFrom);
        }

        @Override
        public OutsideMeeting on(CallInConsidered event) {
            CallIn made = d.callIn;
            return new OutsideMeeting(d.decisionId, d.council, d.title, d.matterId, d.forwardPlan, d.taken,
                    d.decisionNotice, new CallIn(made.requestedOn(), made.requestedBy(), made.reasons(),
                    event.consideredOn(), event.committeeId(), event.meetingId(), event.outcome(), event.reasons()),
                    d.reconsidered, event.implementableFrom());
        }

        /**
         * The consideration as corrected; the day it may be implemented counted again from it, unless the decision
         * was reconsidered since (the reconsideration's day stands).
         */
        @Override
        public OutsideMeeting on(CallInConsiderationCorrected event) {
            OutsideMeeting considered = on(event.corrected());
            return d.reconsidered == null ? considered : new OutsideMeeting(d.decisionId, d.council, d.title,
                    d.matterId, d.forwardPlan, d.taken, d.decisionNotice, considered.callIn, d.reconsidered,
                    d.implementableFrom);
        }

        /** The reconsideration as corrected reads as if made so; the day it may be implemented moves with it. */
        @Override
        public OutsideMeeting on(ReconsiderationCorrected event) {
            return on(event.corrected());
        }

        @Override
        public OutsideMeeting on(DecisionReconsidered event) {
            return new OutsideMeeting(d.decisionId, d.council, d.title, d.matterId, d.forwardPlan, d.taken,
                    d.decisionNotice, d.callIn, new Reconsidered(event.reconsideredOn(), event.outcome(),
                    event.decision(), event.reasons()), event.implementableFrom());
        }
    }
}
