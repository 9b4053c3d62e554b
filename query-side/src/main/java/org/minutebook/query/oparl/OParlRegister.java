package org.minutebook.query.oparl;

import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.minutebook.query.record.AgendaItem;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.RecordRows;
import org.minutebook.query.record.Register;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code oparl}: the objects of each meeting that OParl lists by council and committee, with their times, kept
 * for the queries across meetings (the lists are pages of the meetings' listings, filtered on the stored times).
 * Only what the public reads is listed: the rows of the record as published.
 */
@Component
class OParlRegister extends Register<Listed> {

    static final String NAME = "oparl";
    private static final String REPORT_CONSIDERED = "ReportConsidered";

    OParlRegister() {
        super(NAME, Listed.class);
    }

    @Override
    public List<Listed> rowsOf(MeetingRecord record) {
        MeetingTimes times = new MeetingTimes(record);
        List<Listed> rows = new ArrayList<>();
        MeetingTimes.Span meeting = times.meeting();
        rows.add(new Listed(Listed.MEETING, Listed.MEETING, record.meetingId(), record.committeeId(), null,
                meeting.created(), meeting.modified(), false));
        for (AgendaItem item : record.items()) {
            for (int i = 0; i < item.documents().size(); i++) {
                rows.add(paper(record, Papers.documentKey(item.itemId(), i), times.documentsOf(item), false));
            }
            for (Fact fact : item.business()) {
                if (fact instanceof Fact.Report report) {
                    rows.add(paper(record, Papers.reportKey(report.sequenceNumber()), times.of(report), false));
                }
            }
        }
        record.corrections().stream()
                .filter(correction -> correction.struckOut() && correction.correctsEventType()
                        .endsWith(REPORT_CONSIDERED))
                .forEach(struck -> rows.add(paper(record, Papers.reportKey(struck.correctsSequenceNumber()),
                        new MeetingTimes.Span(OParlTime.recorded(record.recordedAt(
                                struck.correctsSequenceNumber())), OParlTime.recorded(struck.recordedAt())), true)));
        return rows;
    }

    private static Listed paper(MeetingRecord record, String key, MeetingTimes.Span span, boolean deleted) {
        return new Listed(Listed.PAPER + "/" + key, Listed.PAPER, record.meetingId(), record.committeeId(), key,
                span.created(), span.modified(), deleted);
    }

    /** Only what the public reads is listed, whoever asks: OParl is open data. */
    @Override
    public List<Listed> listedRowsOf(RecordRows rows) {
        return rows.forThePublic(this);
    }

    @Override
    public List<String> searchedBy() {
        return List.of("committeeId", "kind", "created", "modified", "deleted");
    }

    @Override
    public List<Bson> indexes() {
        return List.of(Indexes.ascending("committeeId", "kind", "modified"), Indexes.ascending("kind", "modified"));
    }
}
