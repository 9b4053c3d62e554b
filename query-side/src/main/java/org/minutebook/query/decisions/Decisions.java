package org.minutebook.query.decisions;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.RegisterRows;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** The decision register as it stands, newest meetings first: for the API, the public pages and the feed alike. */
@Component
public class Decisions {

    private final MongoCollection<Document> decisions;
    private final DecisionsRegister register;
    private final RegisterRows rows;

    Decisions(DecisionsRegister register, RegisterRows rows) {
        this.register = register;
        this.rows = rows;
        this.decisions = rows.collection(register);
    }

    /**
     * The decisions the caller may read, each filter narrowing them when given; {@code q} is words anywhere in a
     * decision's {@code text}, case-insensitive.
     */
    public Paging.Page register(String committeeId, LocalDate from, LocalDate to, String q, Outcome outcome,
                                Paging paging) {
        if (committeeId != null && from == null && to == null && (q == null || q.isBlank()) && outcome == null) {
            return rows.ofCommittee(register, committeeId, paging);
        }
        return paging.apply(decisions.find(Criteria.where().visibleToCaller()
                        .eq("committeeId", committeeId).period("meetingDate", from, to)
                        .containing("text", q).eq("outcome", outcome == null ? null : outcome.name()).build())
                .sort(Sorts.orderBy(Sorts.descending("meetingDate"), Sorts.ascending("meetingId", "order"))));
    }
}
