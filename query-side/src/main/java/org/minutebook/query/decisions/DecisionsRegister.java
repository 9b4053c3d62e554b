package org.minutebook.query.decisions;

import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.Keys;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Where;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code decisions}, the decision register: every decision the decisions feed publishes — resolutions and lost
 * motions with their parts and votes, deferrals and withdrawals, referrals and further reports, confirmations of
 * minutes — in the order of the minutes, each with its item, meeting and committee.
 */
@Component
class DecisionsRegister extends Register<DecisionRow> {

    static final String NAME = "decisions";

    DecisionsRegister() {
        super(NAME, DecisionRow.class);
    }

    /** A committee's decisions are read page by page, newest meetings first, by the public pages and the feed. */
    @Override
    public boolean keptPerCommittee() {
        return true;
    }

    @Override
    public List<DecisionRow> rowsOf(MeetingRecord record) {
        List<DecisionRow> rows = new ArrayList<>();
        for (Minuted<Fact> minuted : minuted(record, Fact.class)) {
            decision(record, minuted.fact(), minuted.where(record, rows.size())).ifPresent(rows::add);
        }
        record.minutesConfirmation().ifPresent(confirmation -> rows.add(new DecisionRow(
                Keys.of(record.meetingId(), confirmation.sequenceNumber()), Where.in(record, rows.size()),
                confirmation.factKind(), Outcome.CONFIRMED, null, null, null,
                new DecisionRow.Minutes(null, null, null, confirmation.atMeetingId(), confirmation.signedBy()), null,
                confirmation.corrected())));
        return rows;
    }

    private static Optional<DecisionRow> decision(MeetingRecord record, Fact fact, Where where) {
        String id = Keys.of(record.meetingId(), fact.sequenceNumber());
        if (fact instanceof Fact.Motion motion) {
            return Optional.of(new DecisionRow(id, where, motion.factKind(), motion.carried() ? Outcome.CARRIED
                    : Outcome.LOST, motion.parts().stream().map(part -> part.text()).collect(Collectors.joining(" ")),
                    new DecisionRow.Motion(motion.resolutionId(), motion.form(), motion.preamble(), motion.parts(),
                            motion.movedBy(), motion.secondedBy(), motion.vote()), null, null, null, motion.corrected()));
        }
        if (fact instanceof Fact.Deferral deferral) {
            return Optional.of(setAside(id, where, deferral, Outcome.DEFERRED, deferral.reason()));
        }
        if (fact instanceof Fact.Withdrawal withdrawal) {
            return Optional.of(setAside(id, where, withdrawal, Outcome.WITHDRAWN, withdrawal.reason()));
        }
        if (fact instanceof Fact.Referral referral) {
            return Optional.of(new DecisionRow(id, where, referral.factKind(), Outcome.REFERRED, referral.subject(), null,
                    new DecisionRow.SentOn(referral.actionId(), referral.resolutionId(), referral.toBody(),
                            referral.subject(), null), null, null, referral.corrected()));
        }
        if (fact instanceof Fact.FurtherReport report) {
            return Optional.of(new DecisionRow(id, where, report.factKind(), Outcome.FURTHER_REPORT_REQUESTED,
                    report.subject(), null, new DecisionRow.SentOn(report.actionId(), report.resolutionId(),
                    report.toBody(), report.subject(), report.dueMeetingDate()), null, null, report.corrected()));
        }
        if (fact instanceof Fact.PreviousMinutes confirmed) {
            return Optional.of(new DecisionRow(id, where, confirmed.factKind(), Outcome.CONFIRMED,
                    confirmed.correctionsNoted().isEmpty() ? null : String.join(" ", confirmed.correctionsNoted()),
                    null, null, new DecisionRow.Minutes(confirmed.confirmedMeetingId(),
                    confirmed.confirmedMeetingDate(), confirmed.correctionsNoted(), null, confirmed.signedBy()),
                    null, confirmed.corrected()));
        }
        return Optional.empty();
    }

    private static DecisionRow setAside(String id, Where where, Fact item, Outcome outcome, String reason) {
        return new DecisionRow(id, where, item.factKind(), outcome, reason, null, null, null, reason, item.corrected());
    }

    @Override
    public List<String> searchedBy() {
        return List.of("committeeId", "meetingDate", "text", "outcome", "exempt");
    }

    @Override
    public List<Bson> indexes() {
        return List.of(Indexes.ascending("committeeId", "meetingDate"), Indexes.ascending("meetingDate"));
    }
}
