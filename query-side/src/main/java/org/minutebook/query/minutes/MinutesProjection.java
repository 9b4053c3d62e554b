package org.minutebook.query.minutes;

import org.axonframework.config.ProcessingGroup;
import org.bson.Document;
import org.minutebook.query.record.MeetingProjection;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Projections;
import org.springframework.stereotype.Component;

import java.util.List;

/** Owns {@code minutes}: one document per meeting, the whole record in order, as the printable minutes read it. */
@Component
@ProcessingGroup(MinutesProjection.NAME)
class MinutesProjection extends MeetingProjection {

    static final String NAME = "minutes";

    MinutesProjection(Projections projections) {
        super(NAME, projections);
    }

    @Override
    protected List<Document> project(MeetingRecord record) {
        Document minutes = asDocument(record);
        minutes.put("_id", record.meetingId());
        return List.of(minutes);
    }
}
