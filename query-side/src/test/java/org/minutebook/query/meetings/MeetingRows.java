package org.minutebook.query.meetings;

import org.bson.Document;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.RecordJson;

/** A meeting's row exactly as the meetings read model stores it, for tests of what reads that model. */
public final class MeetingRows {

    private static final RecordJson JSON = new RecordJson();

    private MeetingRows() {
    }

    public static Document of(MeetingRecord record) {
        return JSON.document(new MeetingsRegister().storedRowsOf(record).get(0), RecordJson.Registers.class);
    }
}
