package org.minutebook.query.record;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Meeting records read (or projected) lately, kept in memory so that the meeting queries — a meeting's agenda,
 * minutes and registers, asked for again and again while it is in the news — need not read and decode the record
 * each time. A kept record is answered only while it is at the version stored (checked on every query, from a
 * document of two fields: another instance's projection may have moved the record on) and at least at the
 * {@code minVersion} asked for. Never used by the projection, which always folds onto the stored record.
 */
@Component
public class RecentRecords {

    private final Cache<String, MeetingRecord> recent;

    RecentRecords(@Value("${minutebook.read-models.recent:PT10M}") Duration keptFor,
                  @Value("${minutebook.read-models.recent-size:2000}") int size) {
        this.recent = Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(size).build();
    }

    /** The record kept, if it is at the stored version and holds at least {@code minVersion}. */
    Optional<MeetingRecord> holding(String meetingId, Long minVersion, LongSupplier storedVersion) {
        MeetingRecord kept = recent.getIfPresent(meetingId);
        return Optional.ofNullable(kept)
                .filter(record -> minVersion == null || record.version() >= minVersion)
                .filter(record -> {
                    long stored = storedVersion.getAsLong();
                    // nothing stored (a rebuild has just dropped it): the read model does not hold it, nor do we
                    return stored >= 0 && record.version() >= stored;
                });
    }

    void keep(MeetingRecord record) {
        recent.asMap().merge(record.meetingId(), record,
                (kept, read) -> read.version() >= kept.version() ? read : kept);
    }

    /** A rebuild starts from nothing: so does what is kept. */
    void forget() {
        recent.invalidateAll();
    }
}
