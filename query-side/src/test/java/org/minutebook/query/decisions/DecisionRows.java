package org.minutebook.query.decisions;

import org.bson.Document;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.RecordJson;

import java.util.List;

/** A meeting's decisions exactly as the decision register holds them, for tests of what reads the register. */
public final class DecisionRows {

    private static final RecordJson JSON = new RecordJson();

    private DecisionRows() {
    }

    public static List<Document> of(MeetingRecord record) {
        return new DecisionsRegister().rowsOf(record).stream()
                .map(row -> JSON.document(row, RecordJson.Registers.class)).toList();
    }
}
