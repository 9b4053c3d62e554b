package org.minutebook.command.executive;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.minutebook.command.calendar.CouncilCalendar;
import org.minutebook.command.calendar.CouncilCalendars;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.command.platform.ForCouncil;
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
import org.minutebook.events.executive.NoticeKind;
import org.minutebook.events.executive.Reconsideration;
import org.minutebook.events.executive.ReconsiderationCorrected;
import org.minutebook.events.published.Notice;
import org.minutebook.events.published.OutsideMeeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.minutebook.command.executive.ExecutiveDecisionRules.ALREADY_RECONSIDERED;
import static org.minutebook.command.executive.ExecutiveDecisionRules.CALL_IN_ALREADY_CONSIDERED;
import static org.minutebook.command.executive.ExecutiveDecisionRules.CALL_IN_ALREADY_MADE;
import static org.minutebook.command.executive.ExecutiveDecisionRules.CALL_IN_FIXED_BY_NOTICE;
import static org.minutebook.command.executive.ExecutiveDecisionRules.CALL_IN_WINDOW_CLOSED;
import static org.minutebook.command.executive.ExecutiveDecisionRules.DECISION_CORRECTION_CHANGES_NOTHING;
import static org.minutebook.command.executive.ExecutiveDecisionRules.DATED_BEFORE_DECISION;
import static org.minutebook.command.executive.ExecutiveDecisionRules.DECISION_ALREADY_PLANNED;
import static org.minutebook.command.executive.ExecutiveDecisionRules.DECISION_ALREADY_TAKEN;
import static org.minutebook.command.executive.ExecutiveDecisionRules.DECISION_NEEDS_COUNCIL;
import static org.minutebook.command.executive.ExecutiveDecisionRules.DECISION_NOTICE_ALREADY_PUBLISHED;
import static org.minutebook.command.executive.ExecutiveDecisionRules.DECISION_NOT_PLANNED;
import static org.minutebook.command.executive.ExecutiveDecisionRules.DECISION_NOT_TAKEN;
import static org.minutebook.command.executive.ExecutiveDecisionRules.DECISION_OF_ANOTHER_COUNCIL;
import static org.minutebook.command.executive.ExecutiveDecisionRules.KEY_DECISION_WITHOUT_NOTICE;
import static org.minutebook.command.executive.ExecutiveDecisionRules.LATE_NOTICE_NEEDS_REASON;
import static org.minutebook.command.executive.ExecutiveDecisionRules.NOTICE_TOO_LATE;
import static org.minutebook.command.executive.ExecutiveDecisionRules.NOT_REFERRED_BACK;
import static org.minutebook.command.executive.ExecutiveDecisionRules.NOT_SUBJECT_TO_CALL_IN;
import static org.minutebook.command.executive.ExecutiveDecisionRules.NO_CALL_IN;
import static org.minutebook.command.executive.ExecutiveDecisionRules.NO_CONSIDERATION_TO_CORRECT;
import static org.minutebook.command.executive.ExecutiveDecisionRules.NO_DECISION_NOTICE;
import static org.minutebook.command.executive.ExecutiveDecisionRules.NO_NOTICE_TO_CORRECT;
import static org.minutebook.command.executive.ExecutiveDecisionRules.NO_RECONSIDERATION_TO_CORRECT;
import static org.minutebook.command.executive.ExecutiveDecisionRules.PLAN_DATE_FIXED_BY_NOTICE;

/**
 * A decision outside a committee's meeting record, from the forward plan to the day it may be implemented. Its
 * state is the published fold of its events ({@link OutsideMeeting}), so the rules read the decision exactly as the
 * decisions feed and the read model describe it.
 */
@Aggregate(cache = "executiveDecisionCache")
class ExecutiveDecision {

    /** The clear days a key decision's notice gives on the forward plan (SI 2012/2089 reg 9). */
    static final int FORWARD_PLAN_CLEAR_DAYS = 28;
    /** The clear days a general exception notice gives (reg 10). */
    static final int GENERAL_EXCEPTION_CLEAR_DAYS = 5;
    /** The clear days the final notice of a private meeting gives (reg 5(4)). */
    static final int FINAL_PRIVATE_NOTICE_CLEAR_DAYS = 5;
    /** The working days within which the decision notice is due. */
    static final int DECISION_NOTICE_WORKING_DAYS = 2;

    @AggregateIdentifier
    private String decisionId;
    private OutsideMeeting decision;
    private KeyDecisionPlanned planned;
    private DecisionTaken takenEvent;
    private DecisionNoticePublished noticeEvent;
    private CallInConsidered considered;
    private DecisionReconsidered reconsideredEvent;

    protected ExecutiveDecision() {
        // rebuilt from its events
    }

    /** Every command to the decision is its council's: checked from the decision as loaded. */
    @CommandHandlerInterceptor
    void withinCouncilScope(Object command, CouncilScope councils) {
        councils.requireServedCouncil(decision != null && decision.council() != null ? decision.council()
                : ((ForCouncil) command).council());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PlanKeyDecision command) {
        KeyDecisionPlanned requested = planning(command);
        if (decision == null) {
            apply(requested);
        } else if (!requested.equals(planned)) {
            throw DECISION_ALREADY_PLANNED.broken("Decision " + command.decisionId() + " is already recorded"
                    + (planned == null ? ", taken without a plan" : " with other details"));
        }
    }

    /**
     * Correct a key decision's entry on the forward plan: of its own council still, and, once a notice counted its
     * clear days to the date planned, with that date kept.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CorrectKeyDecisionPlan command) {
        if (planned == null) {
            throw DECISION_NOT_PLANNED.broken("Decision " + command.decisionId() + " is not on the forward plan");
        }
        KeyDecisionPlanned corrected = planning(command.corrected());
        if (corrected.equals(planned)) {
            throw DECISION_CORRECTION_CHANGES_NOTHING.broken("Decision " + decisionId + " already reads so on"
                    + " the forward plan").at("corrected");
        }
        if (!corrected.council().equals(planned.council())) {
            throw DECISION_OF_ANOTHER_COUNCIL.broken("Decision " + decisionId + " is on the forward plan of "
                    + planned.council()).at("corrected.council");
        }
        if (!decision.forwardPlan().notices().isEmpty()
                && !Objects.equals(corrected.plannedFor(), planned.plannedFor())) {
            throw PLAN_DATE_FIXED_BY_NOTICE.broken("A notice counted its clear days to " + planned.plannedFor()
                    + ": the date planned is kept").at("corrected.plannedFor");
        }
        apply(new KeyDecisionPlanCorrected(decisionId, corrected, command.reason(), command.correctedBy()));
    }

    private static KeyDecisionPlanned planning(PlanKeyDecision command) {
        return new KeyDecisionPlanned(command.decisionId(), command.council(), command.title(),
                command.decisionMaker(), command.plannedFor(), command.privateReason(), command.matterId());
    }

    @CommandHandler
    void handle(PublishKeyDecisionNotice command) {
        if (planned == null) {
            throw DECISION_NOT_PLANNED.broken("Decision " + decisionId + " is not on the forward plan").at("kind");
        }
        apply(noticing(command, ""));
    }

    /**
     * Correct a notice of a key decision: decided as the notice is, its clear days counted again; once the decision
     * is taken, the notices as corrected still allow it on its day, and, once its decision notice is published, keep
     * whether it may be called in (a special urgency notice takes the call-in away).
     */
    @CommandHandler
    void handle(CorrectKeyDecisionNotice command) {
        if (planned == null || command.number() > decision.forwardPlan().notices().size()) {
            throw NO_NOTICE_TO_CORRECT.broken("Decision " + decisionId + " has no notice " + command.number()
                    + (planned == null ? "" : "; it has " + decision.forwardPlan().notices().size())).at("notice");
        }
        KeyDecisionNoticePublished corrected = noticing(command.corrected(), "corrected.");
        List<Notice> notices = new ArrayList<>(decision.forwardPlan().notices());
        Notice was = notices.set(command.number() - 1, new Notice(corrected.kind(), corrected.publishedOn(),
                corrected.clearDays(), corrected.reason(), corrected.agreedBy()));
        if (was.equals(notices.get(command.number() - 1))) {
            throw DECISION_CORRECTION_CHANGES_NOTHING.broken("Notice " + command.number() + " already reads so")
                    .at("corrected");
        }
        if (takenEvent != null && !noticeGivenFor(takenEvent.takenOn(), notices)) {
            throw KEY_DECISION_WITHOUT_NOTICE.broken("Corrected so, no notice allows the decision taken on "
                    + takenEvent.takenOn()).at("corrected.publishedOn");
        }
        if (noticeEvent != null && callInAllowed(notices) != callInAllowed(decision.forwardPlan().notices())) {
            throw CALL_IN_FIXED_BY_NOTICE.broken("Its decision notice was published "
                    + (callInAllowed(notices) ? "without" : "with") + " a call-in window: a correction keeps"
                    + " whether it may be called in (special urgency)").at("corrected.kind");
        }
        apply(new KeyDecisionNoticeCorrected(decisionId, command.number(), corrected, command.reason(),
                command.correctedBy()));
    }

    /** The notice the command records, its clear days counted to the date planned; {@code at} prefixes its fields. */
    private KeyDecisionNoticePublished noticing(PublishKeyDecisionNotice command, String at) {
        boolean late = command.kind() == NoticeKind.GENERAL_EXCEPTION || command.kind() == NoticeKind.SPECIAL_URGENCY;
        if (late && command.reason() == null) {
            throw LATE_NOTICE_NEEDS_REASON.broken("A " + command.kind() + " notice says why 28 clear days' notice"
                    + " could not be given").at(at + "reason");
        }
        Integer clearDays = planned.plannedFor() == null ? null
                : (int) CouncilCalendar.clearDaysBetween(command.publishedOn(), planned.plannedFor());
        int required = switch (command.kind()) {
            case FORWARD_PLAN, PRIVATE_MEETING -> FORWARD_PLAN_CLEAR_DAYS;
            case PRIVATE_MEETING_FINAL, GENERAL_EXCEPTION -> FINAL_PRIVATE_NOTICE_CLEAR_DAYS;
            case SPECIAL_URGENCY -> 0;
        };
        if (clearDays != null && clearDays < required) {
            throw NOTICE_TOO_LATE.broken("A " + command.kind() + " notice gives " + required + " clear days before "
                    + planned.plannedFor() + "; published on " + command.publishedOn() + " it gives " + clearDays
                    + (late ? "" : ": give it as a general exception or special urgency notice, with its reason"))
                    .at(at + "publishedOn");
        }
        return new KeyDecisionNoticePublished(decisionId, command.kind(), command.publishedOn(), clearDays,
                command.reason(), command.agreedBy());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(TakeDecision command) {
        if (decision != null && decision.taken() != null) {
            throw DECISION_ALREADY_TAKEN.broken("Decision " + command.decisionId() + " was taken on "
                    + decision.taken().takenOn());
        }
        apply(taking(command));
    }

    /**
     * Correct the record of a decision taken: the corrected decision is decided as a decision taken is, and, once its
     * decision notice is published, is dated no later than it and keeps whether it may be called in (the notice
     * counted its call-in window from that).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CorrectDecisionTaken command) {
        DecisionTaken taken = taken(command.decisionId());
        DecisionTaken corrected = taking(command.corrected());
        if (corrected.equals(taken)) {
            throw DECISION_CORRECTION_CHANGES_NOTHING.broken("Decision " + decisionId + " already reads so")
                    .at("corrected");
        }
        if (decision.decisionNotice() != null) {
            if (corrected.takenOn().isAfter(decision.decisionNotice().publishedOn())) {
                throw DATED_BEFORE_DECISION.broken("Its decision notice was published on "
                        + decision.decisionNotice().publishedOn()).at("corrected.takenOn");
            }
            if (corrected.subjectToCallIn() != taken.subjectToCallIn()) {
                throw CALL_IN_FIXED_BY_NOTICE.broken("Its decision notice was published "
                        + (taken.subjectToCallIn() ? "with" : "without") + " a call-in window: a correction keeps"
                        + " whether it may be called in (its maker's kind, whether it is key)").at("corrected");
            }
        }
        apply(new DecisionTakenCorrected(decisionId, corrected, command.reason(), command.correctedBy()));
    }

    /** The decision the command records, decided against the forward plan when the decision is on it. */
    private DecisionTaken taking(TakeDecision command) {
        if (planned == null && command.council() == null) {
            throw DECISION_NEEDS_COUNCIL.broken("A decision outside a meeting is a council's: name it").at("council");
        }
        if (planned != null && command.council() != null && !command.council().equals(planned.council())) {
            throw DECISION_OF_ANOTHER_COUNCIL.broken("Decision " + command.decisionId() + " is on the forward plan of "
                    + planned.council()).at("council");
        }
        if (planned != null && !noticeGivenFor(command.takenOn(), decision.forwardPlan().notices())) {
            throw KEY_DECISION_WITHOUT_NOTICE.broken("A key decision is taken 28 clear days after its notice on the"
                    + " forward plan, 5 after a general exception notice, or under special urgency; no notice"
                    + " recorded allows it on " + command.takenOn()).at("takenOn");
        }
        return new DecisionTaken(command.decisionId(), planned != null ? planned.council() : command.council(),
                command.title() != null || planned == null ? command.title() : planned.title(), command.makerKind(),
                command.maker(), command.delegation(), command.takenOn(), command.meetingId(), command.decision(),
                command.reasons(), command.alternativesRejected(), command.conflicts(), command.dispensations(),
                command.key() != null || planned == null ? command.key() : Boolean.TRUE, command.exemptParagraph(),
                command.exemptPart(), command.matterId() != null || planned == null ? command.matterId()
                : planned.matterId());
    }

    /** Whether one of the notices allows the key decision to be taken on the day. */
    private static boolean noticeGivenFor(LocalDate takenOn, List<Notice> notices) {
        return notices.stream().anyMatch(notice -> {
            long clear = CouncilCalendar.clearDaysBetween(notice.publishedOn(), takenOn);
            return switch (notice.kind()) {
                case FORWARD_PLAN, PRIVATE_MEETING -> clear >= FORWARD_PLAN_CLEAR_DAYS;
                case PRIVATE_MEETING_FINAL -> false;
                case GENERAL_EXCEPTION -> clear >= GENERAL_EXCEPTION_CLEAR_DAYS;
                case SPECIAL_URGENCY -> !takenOn.isBefore(notice.publishedOn());
            };
        });
    }

    @CommandHandler
    void handle(PublishDecisionNotice command, CouncilCalendars calendars) {
        taken();
        if (decision.decisionNotice() != null) {
            throw DECISION_NOTICE_ALREADY_PUBLISHED.broken("The decision notice was published on "
                    + decision.decisionNotice().publishedOn());
        }
        apply(noticing(command, calendars, "publishedOn"));
    }

    /**
     * Correct a decision notice: its dates counted again as publishing it counted them, and, once the decision was
     * called in, the call-in still within the window as corrected.
     */
    @CommandHandler
    void handle(CorrectDecisionNotice command, CouncilCalendars calendars) {
        if (noticeEvent == null) {
            throw NO_DECISION_NOTICE.broken("Decision " + decisionId + " has no decision notice to correct");
        }
        DecisionNoticePublished corrected = noticing(command.corrected(), calendars, "corrected.publishedOn");
        if (corrected.equals(noticeEvent)) {
            throw DECISION_CORRECTION_CHANGES_NOTHING.broken("The decision notice already reads so")
                    .at("corrected");
        }
        if (decision.callIn() != null && (corrected.callInDeadline() == null
                || decision.callIn().requestedOn().isBefore(corrected.publishedOn())
                || decision.callIn().requestedOn().isAfter(corrected.callInDeadline()))) {
            throw CALL_IN_WINDOW_CLOSED.broken("The decision was called in on " + decision.callIn().requestedOn()
                    + ": published on " + corrected.publishedOn() + ", the notice's window would not hold it")
                    .at("corrected.publishedOn");
        }
        apply(new DecisionNoticeCorrected(decisionId, corrected, command.reason(), command.correctedBy()));
    }

    /** The decision notice the command records, its dates counted in the council's calendar. */
    private DecisionNoticePublished noticing(PublishDecisionNotice command, CouncilCalendars calendars, String at) {
        DecisionTaken taken = taken();
        if (command.publishedOn().isBefore(taken.takenOn())) {
            throw DATED_BEFORE_DECISION.broken("The decision was taken on " + taken.takenOn()).at(at);
        }
        CouncilCalendar calendar = calendars.of(decision.council());
        LocalDate deadline = callInAllowed(decision.forwardPlan() == null ? List.of()
                : decision.forwardPlan().notices()) ? calendar.callInDeadline(command.publishedOn()) : null;
        return new DecisionNoticePublished(decisionId, command.publishedOn(),
                calendar.workingDaysAfter(taken.takenOn(), DECISION_NOTICE_WORKING_DAYS), deadline,
                deadline == null ? taken.takenOn() : calendar.nextWorkingDay(deadline));
    }

    /**
     * Whether the decision may be called in, given its notices: see {@link DecisionTaken#subjectToCallIn()}, and
     * not special urgency.
     */
    private boolean callInAllowed(List<Notice> notices) {
        return takenEvent.subjectToCallIn()
                && notices.stream().noneMatch(notice -> notice.kind() == NoticeKind.SPECIAL_URGENCY);
    }

    @CommandHandler
    void handle(RequestCallIn command) {
        taken();
        if (decision.decisionNotice() == null) {
            throw NO_DECISION_NOTICE.broken("A decision is called in after its decision notice is published");
        }
        if (decision.decisionNotice().callInDeadline() == null) {
            throw NOT_SUBJECT_TO_CALL_IN.broken("Decision " + decisionId + " may not be called in");
        }
        if (decision.callIn() != null) {
            throw CALL_IN_ALREADY_MADE.broken("The decision was called in on " + decision.callIn().requestedOn());
        }
        requireInTheWindow(command.requestedOn(), "requestedOn");
        apply(new CallInRequested(decisionId, command.requestedOn(), command.requestedBy(), command.reasons()));
    }

    /**
     * Correct a call-in: dated within the window still, and not after scrutiny considered it; what scrutiny resolved
     * stays.
     */
    @CommandHandler
    void handle(CorrectCallIn command) {
        if (decision == null || decision.callIn() == null) {
            throw NO_CALL_IN.broken("Decision " + decisionId + " has not been called in");
        }
        RequestCallIn call = command.corrected();
        CallInRequested corrected = new CallInRequested(decisionId, call.requestedOn(), call.requestedBy(),
                call.reasons());
        if (corrected.equals(new CallInRequested(decisionId, decision.callIn().requestedOn(),
                decision.callIn().requestedBy(), decision.callIn().reasons()))) {
            throw DECISION_CORRECTION_CHANGES_NOTHING.broken("The call-in already reads so").at("corrected");
        }
        requireInTheWindow(call.requestedOn(), "corrected.requestedOn");
        if (decision.callIn().consideredOn() != null && call.requestedOn().isAfter(decision.callIn().consideredOn())) {
            throw DATED_BEFORE_DECISION.broken("Scrutiny considered the call-in on " + decision.callIn()
                    .consideredOn()).at("corrected.requestedOn");
        }
        apply(new CallInCorrected(decisionId, corrected, command.reason(), command.correctedBy()));
    }

    private void requireInTheWindow(LocalDate requestedOn, String field) {
        if (requestedOn.isAfter(decision.decisionNotice().callInDeadline())
                || requestedOn.isBefore(decision.decisionNotice().publishedOn())) {
            throw CALL_IN_WINDOW_CLOSED.broken("The call-in window runs from " + decision.decisionNotice()
                    .publishedOn() + " to " + decision.decisionNotice().callInDeadline()).at(field);
        }
    }

    @CommandHandler
    void handle(ConsiderCallIn command) {
        if (decision == null || decision.callIn() == null) {
            throw NO_CALL_IN.broken("Decision " + decisionId + " has not been called in");
        }
        if (decision.callIn().outcome() != null) {
            throw CALL_IN_ALREADY_CONSIDERED.broken("Scrutiny considered the call-in on "
                    + decision.callIn().consideredOn());
        }
        apply(considering(command, ""));
    }

    /**
     * Correct scrutiny's consideration of a call-in: decided as the consideration is, and, once the decision was
     * reconsidered, still a referral back dated no later than the reconsideration.
     */
    @CommandHandler
    void handle(CorrectCallInConsideration command) {
        if (considered == null) {
            throw NO_CONSIDERATION_TO_CORRECT.broken("Scrutiny has not considered a call-in of decision "
                    + decisionId);
        }
        CallInConsidered corrected = considering(command.corrected(), "corrected.");
        if (corrected.equals(considered)) {
            throw DECISION_CORRECTION_CHANGES_NOTHING.broken("The consideration already reads so").at("corrected");
        }
        if (decision.reconsidered() != null) {
            if (!corrected.outcome().upheld()) {
                throw NOT_REFERRED_BACK.broken("The decision was reconsidered on " + decision.reconsidered()
                        .reconsideredOn() + " as referred back: the call-in stays upheld").at("corrected.outcome");
            }
            if (corrected.consideredOn().isAfter(decision.reconsidered().reconsideredOn())) {
                throw DATED_BEFORE_DECISION.broken("The decision was reconsidered on " + decision.reconsidered()
                        .reconsideredOn()).at("corrected.consideredOn");
            }
        }
        apply(new CallInConsiderationCorrected(decisionId, corrected, command.reason(), command.correctedBy()));
    }

    /** The consideration the command records, dated no earlier than the call-in; {@code at} prefixes its fields. */
    private CallInConsidered considering(ConsiderCallIn command, String at) {
        if (command.consideredOn().isBefore(decision.callIn().requestedOn())) {
            throw DATED_BEFORE_DECISION.broken("The call-in was received on " + decision.callIn().requestedOn())
                    .at(at + "consideredOn");
        }
        return new CallInConsidered(decisionId, command.consideredOn(), command.committeeId(), command.meetingId(),
                command.outcome(), command.reasons(), command.outcome().upheld() ? null : command.consideredOn());
    }

    @CommandHandler
    void handle(ReconsiderDecision command) {
        if (decision == null || decision.callIn() == null || decision.callIn().outcome() == null
                || !decision.callIn().outcome().upheld()) {
            throw NOT_REFERRED_BACK.broken("Decision " + decisionId + " was not referred back after a call-in");
        }
        if (decision.reconsidered() != null) {
            throw ALREADY_RECONSIDERED.broken("The decision was reconsidered on "
                    + decision.reconsidered().reconsideredOn());
        }
        apply(reconsidering(command, ""));
    }

    /** Correct a reconsideration: decided as the reconsideration is, the day it may be implemented counted again. */
    @CommandHandler
    void handle(CorrectReconsideration command) {
        if (reconsideredEvent == null) {
            throw NO_RECONSIDERATION_TO_CORRECT.broken("Decision " + decisionId + " has not been reconsidered");
        }
        DecisionReconsidered corrected = reconsidering(command.corrected(), "corrected.");
        if (corrected.equals(reconsideredEvent)) {
            throw DECISION_CORRECTION_CHANGES_NOTHING.broken("The reconsideration already reads so")
                    .at("corrected");
        }
        apply(new ReconsiderationCorrected(decisionId, corrected, command.reason(), command.correctedBy()));
    }

    /** The reconsideration the command records, dated no earlier than the referral back. */
    private DecisionReconsidered reconsidering(ReconsiderDecision command, String at) {
        if (command.reconsideredOn().isBefore(decision.callIn().consideredOn())) {
            throw DATED_BEFORE_DECISION.broken("Scrutiny referred it back on " + decision.callIn().consideredOn())
                    .at(at + "reconsideredOn");
        }
        return new DecisionReconsidered(decisionId, command.reconsideredOn(), command.outcome(), command.decision(),
                command.reasons(), command.outcome() == Reconsideration.REVOKED ? null : command.reconsideredOn());
    }

    private DecisionTaken taken() {
        return taken(decisionId);
    }

    private DecisionTaken taken(String id) {
        if (takenEvent == null) {
            throw DECISION_NOT_TAKEN.broken("Decision " + id + " has not been taken");
        }
        return takenEvent;
    }

    /** Every event is folded as the feed and the read model fold it; the plan and the taking are kept as they read. */
    @EventSourcingHandler
    void on(ExecutiveDecisionEvent event) {
        decisionId = event.decisionId();
        decision = OutsideMeeting.after(decision, event);
        event.accept(new KeptAsTheyRead());
    }

    /**
     * Keeps the steps later commands are decided by as they now read: a correction keeps the step it corrects. Every
     * event of the part answers here, so a new one fails to compile until it is kept or said not to be.
     */
    private final class KeptAsTheyRead implements ExecutiveDecisionEvent.Visitor<Void> {

        @Override
        public Void on(KeyDecisionPlanned event) {
            planned = event;
            return null;
        }

        @Override
        public Void on(KeyDecisionPlanCorrected event) {
            return on(event.corrected());
        }

        @Override
        public Void on(KeyDecisionNoticePublished event) {
            return null;
        }

        @Override
        public Void on(KeyDecisionNoticeCorrected event) {
            return null;
        }

        @Override
        public Void on(DecisionTaken event) {
            takenEvent = event;
            return null;
        }

        @Override
        public Void on(DecisionTakenCorrected event) {
            return on(event.corrected());
        }

        @Override
        public Void on(DecisionNoticePublished event) {
            noticeEvent = event;
            return null;
        }

        @Override
        public Void on(DecisionNoticeCorrected event) {
            return on(event.corrected());
        }

        @Override
        public Void on(CallInRequested event) {
            return null;
        }

        @Override
        public Void on(CallInCorrected event) {
            return null;
        }

        @Override
        public Void on(CallInConsidered event) {
            considered = event;
            return null;
        }

        @Override
        public Void on(CallInConsiderationCorrected event) {
            return on(event.corrected());
        }

        @Override
        public Void on(DecisionReconsidered event) {
            reconsideredEvent = event;
            return null;
        }

        @Override
        public Void on(ReconsiderationCorrected event) {
            return on(event.corrected());
        }
    }
}
