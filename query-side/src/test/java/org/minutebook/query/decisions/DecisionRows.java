package org.minutebook.query.decisions;

import org.minutebook.query.record.MeetingRecord;

import java.util.List;

/** A meeting's decisions exactly as the decision register holds them, for tests of what reads the register. */
public final class DecisionRows {

    private DecisionRows() {
    }

    public static List<DecisionRow> of(MeetingRecord record) {
        return new DecisionsRegister().rowsOf(record);
    }
}
