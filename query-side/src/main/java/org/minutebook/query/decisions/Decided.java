package org.minutebook.query.decisions;

import org.minutebook.events.published.PublishedDecision.Outcome;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.Keys;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Where;

import java.util.Optional;

/**
 * Which facts of the record are decisions, and the row each makes in the decision register (and so in the decisions
 * feed): motions carried or lost, items deferred or withdrawn, matters referred or sent for a further report, minutes
 * confirmed — the decisions the command side publishes on {@code minutebook.decisions}. Every kind of fact answers,
 * so a new kind does not compile until it is said to be a decision or not.
 */
final class Decided implements Fact.Visitor<Optional<DecisionRow>> {

    private static final Optional<DecisionRow> NOT_A_DECISION = Optional.empty();

    private final MeetingRecord record;
    private final Where where;

    private Decided(MeetingRecord record, Where where) {
        this.record = record;
        this.where = where;
    }

    /** The fact's row in the register, when it is a decision: of the given meeting, where the fact sits. */
    static Optional<DecisionRow> rowOf(MeetingRecord record, Fact fact, Where where) {
        return fact.accept(new Decided(record, where));
    }

    private String id(Fact fact) {
        return Keys.of(record.meetingId(), fact.sequenceNumber());
    }

    // --- decisions -------------------------------------------------------------------------------------------------

    /** A motion's words as the minutes print them, each part under its label: "a) That the report be noted; b) …". */
    @Override
    public Optional<DecisionRow> on(Fact.Motion motion) {
        return Optional.of(new DecisionRow(id(motion), where, motion.factKind(), motion.carried() ? Outcome.CARRIED
                : Outcome.LOST, ResolutionPart.worded(motion.parts()),
                new DecisionRow.Motion(motion.resolutionId(), motion.form(), motion.preamble(), motion.parts(),
                        motion.movedBy(), motion.secondedBy(), motion.vote(), motion.earlierVotes(),
                        motion.amendments(), motion.statutory(), motion.withoutQuorum()), null, null, null,
                motion.corrected()));
    }

    @Override
    public Optional<DecisionRow> on(Fact.Deferral deferral) {
        return setAside(deferral, Outcome.DEFERRED, deferral.reason());
    }

    @Override
    public Optional<DecisionRow> on(Fact.Withdrawal withdrawal) {
        return setAside(withdrawal, Outcome.WITHDRAWN, withdrawal.reason());
    }

    @Override
    public Optional<DecisionRow> on(Fact.Referral referral) {
        return Optional.of(new DecisionRow(id(referral), where, referral.factKind(), Outcome.REFERRED,
                record.matterOf(referral.subject(), referral.resolutionId(), referral.partId()), null,
                new DecisionRow.SentOn(referral.actionId(), referral.resolutionId(),
                referral.partId(), referral.toBody(), referral.subject(), null), null, null, referral.corrected()));
    }

    @Override
    public Optional<DecisionRow> on(Fact.FurtherReport report) {
        return Optional.of(new DecisionRow(id(report), where, report.factKind(), Outcome.FURTHER_REPORT_REQUESTED,
                record.matterOf(report.subject(), report.resolutionId(), report.partId()), null,
                new DecisionRow.SentOn(report.actionId(), report.resolutionId(),
                report.partId(), report.toBody(), report.subject(), report.dueMeetingDate()), null, null,
                report.corrected()));
    }

    /** An earlier meeting's minutes confirmed at this one. */
    @Override
    public Optional<DecisionRow> on(Fact.PreviousMinutes confirmed) {
        return Optional.of(new DecisionRow(id(confirmed), where, confirmed.factKind(), Outcome.CONFIRMED,
                confirmed.correctionsNoted().isEmpty() ? null : String.join(" ", confirmed.correctionsNoted()),
                null, null, new DecisionRow.Minutes(confirmed.confirmedMeetingId(), confirmed.confirmedMeetingDate(),
                confirmed.correctionsNoted(), null, confirmed.signedBy()), null, confirmed.corrected()));
    }

    /** This meeting's minutes confirmed at a later one. */
    @Override
    public Optional<DecisionRow> on(Fact.MinutesConfirmation confirmation) {
        return Optional.of(new DecisionRow(id(confirmation), where, confirmation.factKind(), Outcome.CONFIRMED, null,
                null, null, new DecisionRow.Minutes(null, null, null, confirmation.atMeetingId(),
                confirmation.signedBy()), null, confirmation.corrected()));
    }

    private Optional<DecisionRow> setAside(Fact item, Outcome outcome, String reason) {
        return Optional.of(new DecisionRow(id(item), where, item.factKind(), outcome, reason, null, null, null, reason,
                item.corrected()));
    }

    // --- every other fact is not a decision ----------------------------------------------------------------------

    @Override
    public Optional<DecisionRow> on(Fact.Present fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Apologies fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Substitute fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Officer fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Guest fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.EarlierAbsence fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.LateArrival fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.EarlyDeparture fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Interest fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.NoInterests fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.PartyWhip fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.NoPartyWhip fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Report fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Minute fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Noted fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.NoMattersArising fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Representation fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.NoRepresentations fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.UrgentItem fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.NoUrgentItems fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.EarlierMinutesCorrection fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Announcement fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Petition fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.NoPetitions fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.NoQuestions fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.FutureMeetingDates fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Question fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.AgreedAction fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Completion fact) {
        return NOT_A_DECISION;
    }

    @Override
    public Optional<DecisionRow> on(Fact.Role fact) {
        return NOT_A_DECISION;
    }
}
