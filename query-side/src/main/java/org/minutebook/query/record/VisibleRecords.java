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
        return records.find(meetingId, minVersion, readModel).map(record -> visible(record, List.of()));
    }

    public Optional<MeetingRecord> asOf(String meetingId, Instant asOf) {
        return records.asOf(meetingId, asOf).map(stood -> visible(stood, exemptNow(meetingId)));
    }

    public Optional<MeetingRecord> asConfirmed(String meetingId) {
        return records.asConfirmed(meetingId).map(stood -> visible(stood, exemptNow(meetingId)));
    }

    public List<MeetingRecord> allAsOf(Instant asOf, String committeeId) {
        return records.allAsOf(asOf, committeeId).stream()
                .map(stood -> visible(stood, exemptNow(stood.meetingId()))).toList();
    }

    private List<String> exemptNow(String meetingId) {
        return Readers.readExemptBusiness() ? List.of()
                : records.find(meetingId).map(MeetingRecord::exemptItems).orElse(List.of());
    }

    private static MeetingRecord visible(MeetingRecord record, List<String> alsoExempt) {
        return Readers.readExemptBusiness() ? record : record.asPublished(alsoExempt);
    }
}
