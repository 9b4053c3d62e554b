package org.minutebook.query.record;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.minutebook.query.platform.UnreadableRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A meeting's stored record as MongoDB gives it back: read as it was written, or, damaged by a hand edit or a bad
 * restore, refused as unreadable (rule record-unreadable) naming the meeting, rather than read half right.
 */
class StoredRecordTest {

    private final RecordJson json = new RecordJson();

    @Test
    void aStoredRecordReadsBackAsItWasWritten() {
        MeetingRecord record = new MeetingRecord("cfosc-2021-11-02");
        Document stored = json.document(record, RecordJson.Whole.class).append("_id", record.meetingId());

        assertThat(json.read(stored, MeetingRecord.class).meetingId()).isEqualTo("cfosc-2021-11-02");
    }

    @Test
    void aRecordDamagedInTheStoreIsRefusedAsUnreadableNamingTheMeeting() {
        MeetingRecord record = new MeetingRecord("cfosc-2021-11-02");
        Document damaged = json.document(record, RecordJson.Whole.class).append("_id", record.meetingId())
                .append("version", "damaged");

        assertThatThrownBy(() -> json.read(damaged, MeetingRecord.class))
                .isInstanceOf(UnreadableRecord.class)
                .hasMessageContaining("cfosc-2021-11-02");
    }
}
