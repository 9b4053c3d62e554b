package org.minutebook.query.record;

import org.minutebook.query.platform.Readers;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The meeting records as the caller may read them: whole for those who read exempt business, as published
 * ({@link MeetingRecord#asPublished}) for everyone else. A record as it stood at an earlier time withholds the
 * items exempt then and those exempt now: an item made exempt later is withdrawn from every public answer from
 * then on (the history keeps both).
 */
@Component
public class VisibleRecords {

    private final MeetingRecords records;

    VisibleRecords(MeetingRecords records) {
        this.records = records;
    }

    public Optional<MeetingRecord> find(String meetingId, Long minVersion, String readModel) {
        return records.find(meetingId, minVersion, readModel).map(record -> visible(record, record));
    }

    public Optional<MeetingRecord> asOf(String meetingId, Instant asOf) {
        return records.asOf(meetingId, asOf).map(this::visibleAsItStood);
    }

    public Optional<MeetingRecord> asConfirmed(String meetingId) {
        return records.asConfirmed(meetingId).map(this::visibleAsItStood);
    }

    public List<MeetingRecord> allAsOf(Instant asOf, String committeeId) {
        return records.allAsOf(asOf, committeeId).stream().map(this::visibleAsItStood).toList();
    }

    private MeetingRecord visibleAsItStood(MeetingRecord stood) {
        if (Readers.readExemptBusiness()) {
            return stood;
        }
        return visible(stood, records.find(stood.meetingId()).orElse(stood));
    }

    private static MeetingRecord visible(MeetingRecord record, MeetingRecord now) {
        return Readers.readExemptBusiness() ? record : record.asPublished(now);
    }
}
