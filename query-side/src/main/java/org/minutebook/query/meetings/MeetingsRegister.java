package org.minutebook.query.meetings;

import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.RecordRows;
import org.minutebook.query.record.Register;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code meetings}: one row a meeting, for the calendar of a committee and the meetings of a period. */
@Component
class MeetingsRegister extends Register<MeetingRow> {

    static final String NAME = "meetings";

    MeetingsRegister() {
        super(NAME, MeetingRow.class);
    }

    /** A meeting's own answer is its one row, whole for those who read exempt business. */
    @Override
    public Object answerOf(List<MeetingRow> rows) {
        return rows.get(0);
    }

    @Override
    public List<MeetingRow> rowsOf(MeetingRecord r) {
        return List.of(new MeetingRow(r.meetingId(), r.version(), r.committeeId(), r.title(), r.special(),
                r.startsAt(), r.date(), r.startTime(), r.timeZone(), r.venue(), r.contacts(), r.webcastUrl(),
                r.status(), r.agendaPublishedOn(), r.openedAt(), r.chair(), r.closedAt(), r.cancellationReason(),
                r.roles(), r.adjournments(), r.minutesStage(),
                r.items()));
    }

    /**
     * A meeting's row is not of one item, so lists of meetings (calendars, for anyone) keep its agenda as
     * published: exempt items by number and paragraph only. The meeting's own answer shows clerks all of it.
     */
    @Override
    public List<MeetingRow> listedRowsOf(RecordRows rows) {
        return rows.forThePublic(this);
    }

    @Override
    public List<String> searchedBy() {
        return List.of("committeeId", "startsAt", "date", "status", "agenda.title");
    }

    @Override
    public List<Bson> indexes() {
        return List.of(Indexes.ascending("committeeId", "startsAt"), Indexes.ascending("startsAt"),
                Indexes.ascending("committeeId", "date"));
    }
}
