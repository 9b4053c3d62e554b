package org.minutebook.query.decisions;

import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Where;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

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
            Decided.rowOf(record, minuted.fact(), minuted.where(record, rows.size())).ifPresent(rows::add);
        }
        record.minutesConfirmation().flatMap(confirmation -> Decided.rowOf(record, confirmation,
                Where.in(record, rows.size()))).ifPresent(rows::add);
        return rows;
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
