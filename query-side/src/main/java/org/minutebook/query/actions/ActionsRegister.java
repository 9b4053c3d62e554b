package org.minutebook.query.actions;

import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.Keys;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Where;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code actions}: what decisions asked for — further reports, referrals to other bodies, other actions — open or
 * done, with the date each falls due.
 */
@Component
class ActionsRegister extends Register<ActionRow> {

    static final String NAME = "actions";

    ActionsRegister() {
        super(NAME, ActionRow.class);
    }

    @Override
    public List<ActionRow> rowsOf(MeetingRecord record) {
        return numbered(minuted(record, Fact.FollowUp.class),
                (minuted, order) -> row(record, minuted.fact(), minuted.where(record, order)));
    }

    private static ActionRow row(MeetingRecord record, Fact.FollowUp followUp, Where where) {
        Asked asked = followUp.accept(asked(record));
        Optional<Fact.Completion> done = record.completionOf(followUp.actionId());
        return new ActionRow(Keys.of(record.meetingId(), followUp.sequenceNumber()), where, ActionKind.of(followUp),
                followUp.actionId(), followUp.resolutionId(), asked.description(), asked.toBody(), asked.owner(),
                asked.due(), done.isPresent() ? ActionStatus.DONE : ActionStatus.OPEN,
                done.map(Fact.Completion::completedOn).orElse(null), done.map(Fact.Completion::note).orElse(null),
                followUp.corrected());
    }

    /** What a follow-up asks: of whom, by when; each kind of follow-up says it. */
    private record Asked(String description, String toBody, String owner, LocalDate due) {
    }

    private static Fact.FollowUp.Visitor<Asked> asked(MeetingRecord record) {
        return new Fact.FollowUp.Visitor<>() {

            @Override
            public Asked on(Fact.FurtherReport report) {
                return new Asked(record.matterOf(report.subject(), report.resolutionId(), report.partId()),
                        report.toBody(), null, report.dueMeetingDate());
            }

            @Override
            public Asked on(Fact.Referral referral) {
                return new Asked(record.matterOf(referral.subject(), referral.resolutionId(), referral.partId()),
                        referral.toBody(), null, null);
            }

            @Override
            public Asked on(Fact.AgreedAction action) {
                return new Asked(action.description(), null, action.owner(), action.dueBy());
            }
        };
    }

    @Override
    public List<String> searchedBy() {
        return List.of("committeeId", "kind", "toBody", "status", "dueDate", "meetingDate", "exempt");
    }

    @Override
    public List<Bson> indexes() {
        return List.of(Indexes.ascending("status", "dueDate"), Indexes.ascending("committeeId", "meetingDate"));
    }
}
