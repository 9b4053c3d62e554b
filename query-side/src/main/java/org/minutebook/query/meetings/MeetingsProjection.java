package org.minutebook.query.meetings;

import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.minutebook.query.record.MeetingProjection;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Projections;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Owns {@code meetings}: one document per meeting with its ordered agenda and each item's status (to be
 * considered, considered, deferred, withdrawn), documents and contacts.
 */
@Component
@ProcessingGroup(MeetingsProjection.NAME)
class MeetingsProjection extends MeetingProjection {

    static final String NAME = "meetings";

    MeetingsProjection(Projections projections) {
        super(NAME, projections);
    }

    @Override
    protected List<Bson> indexes() {
        return List.of(Indexes.ascending("committeeId", "startsAt"),
                Indexes.ascending("startsAt"));
    }

    @Override
    protected List<Document> project(MeetingRecord record) {
        Document meeting = asDocument(record);
        meeting.put("_id", record.meetingId());
        meeting.put("date", record.date().toString());
        meeting.remove("attendance");
        meeting.remove("generalDeclarations");
        meeting.remove("corrections");
        meeting.getList("items", Document.class).forEach(item -> item.remove("business"));
        meeting.put("agenda", meeting.remove("items"));
        return List.of(meeting);
    }
}
