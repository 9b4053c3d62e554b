package org.minutebook.query.meetings;

import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.RecordRows;

/** A meeting's row exactly as the meetings read model lists it, for tests of what reads that model. */
public final class MeetingRows {

    private MeetingRows() {
    }

    public static MeetingRow of(MeetingRecord record) {
        return new MeetingsRegister().listedRowsOf(new RecordRows(record)).get(0);
    }
}
