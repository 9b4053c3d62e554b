package org.minutebook.query.decisions;

import com.fasterxml.jackson.databind.util.RawValue;
import org.minutebook.events.published.OutsideMeeting;
import org.minutebook.events.published.PublishedDecision.Outcome;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.Readers;
import org.minutebook.query.platform.RenderedAnswer;
import org.minutebook.query.record.CommitteeRegisters;
import org.minutebook.query.record.Listings;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.RecordJson;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The decision register as it stands, newest meetings first: for the API, the public pages and the feed alike. */
@Component
public class Decisions {

    private final DecisionsRegister register;
    private final Listings listings;
    private final CommitteeRegisters committees;
    private final RecordJson json;

    Decisions(DecisionsRegister register, Listings listings, CommitteeRegisters committees, RecordJson json) {
        this.register = register;
        this.listings = listings;
        this.committees = committees;
        this.json = json;
    }

    /**
     * The decisions the caller may read, each filter narrowing them when given; {@code q} is words anywhere in a
     * decision's {@code text}, case-insensitive. A committee's register with no other filter is read ready, a page
     * at a time ({@link CommitteeRegisters}).
     */
    public Paging.Page<DecisionRow> register(String committeeId, LocalDate from, LocalDate to, String q,
                                             Outcome outcome, Paging paging) {
        if (committeeOnly(committeeId, from, to, q, outcome)) {
            CommitteeRegisters.Page page = committees.page(DecisionsRegister.NAME, committeeId,
                    Readers.readExemptBusiness(), paging.page(), paging.limit());
            return paging.of(page.rows().stream()
                    .map(row -> json.read(row, DecisionRow.class, "decision of committee " + committeeId))
                    .toList(), page.more());
        }
        return listings.page(register, Criteria.where().visibleToCaller()
                        .eq("committeeId", committeeId).period("meetingDate", from, to)
                        .containing("text", q).eq("outcome", outcome), Listings.NEWEST_FIRST, paging);
    }

    /**
     * The same page as JSON, as the API serves it: a committee's register with no other filter rendered once while
     * it stands, from the rows as the projection wrote them (each row's JSON is that of its {@link DecisionRow}).
     */
    public RenderedAnswer registerAnswer(String committeeId, LocalDate from, LocalDate to, String q, Outcome outcome,
                                         Paging paging) {
        if (committeeOnly(committeeId, from, to, q, outcome)) {
            return RenderedAnswer.untagged(committees.renderedPage(DecisionsRegister.NAME, committeeId,
                    Readers.readExemptBusiness(), paging.page(), paging.limit(), page -> json.bytes(paging.of(
                            page.rows().stream().map(row -> new RawValue(new String(row, StandardCharsets.UTF_8)))
                                    .toList(), page.more()))));
        }
        return RenderedAnswer.untagged(json.bytes(register(committeeId, from, to, q, outcome, paging)));
    }

    private static boolean committeeOnly(String committeeId, LocalDate from, LocalDate to, String q,
                                         Outcome outcome) {
        return committeeId != null && from == null && to == null && (q == null || q.isBlank()) && outcome == null;
    }

    /**
     * Lists a decision taken outside a meeting in the register, as it now stands, beside committees' decisions
     * (its projection calls this after each of its events once it is taken), saying whether it was corrected.
     */
    public void listOutsideMeeting(OutsideMeeting decision, boolean corrected) {
        DecisionRow row = DecisionRow.outside(decision, corrected);
        listings.listOutsideMeetings(row.decisionId(), row.where().meetingDate(), register, List.of(row));
    }

    /** The decisions of one meeting's record, in the order of the minutes: the rows it makes in the register. */
    public List<DecisionRow> of(MeetingRecord record) {
        return register.rowsOf(record);
    }
}
