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
        String description;
        String toBody = null;
        String owner = null;
        LocalDate due;
        if (followUp instanceof Fact.FurtherReport report) {
            description = report.subject();
            toBody = report.toBody();
            due = report.dueMeetingDate();
        } else if (followUp instanceof Fact.Referral referral) {
            description = referral.subject();
            toBody = referral.toBody();
            due = null;
        } else {
            Fact.AgreedAction action = (Fact.AgreedAction) followUp;
            description = action.description();
            owner = action.owner();
            due = action.dueBy();
        }
        Optional<Fact.Completion> done = record.completionOf(followUp.actionId());
        return new ActionRow(Keys.of(record.meetingId(), followUp.sequenceNumber()), where, ActionKind.of(followUp),
                followUp.actionId(), followUp.resolutionId(), description, toBody, owner, due,
                done.isPresent() ? ActionStatus.DONE : ActionStatus.OPEN,
                done.map(Fact.Completion::completedOn).orElse(null), done.map(Fact.Completion::note).orElse(null),
                followUp.corrected());
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
