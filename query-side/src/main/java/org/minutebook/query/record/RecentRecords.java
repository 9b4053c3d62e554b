package org.minutebook.query.record;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Meeting records read (or projected) a moment ago, kept in memory so that the meeting queries — a meeting's
 * agenda, minutes and registers, asked for again and again while it is in the news — need not read and decode the
 * record each time. A record is kept at most {@code minutebook.read-models.recent} (a second): the query side is
 * eventually consistent anyway, and another instance's projection may have moved the stored record on; a query with
 * {@code minVersion} takes a kept record only when it holds that version. Never used by the projection, which
 * always folds onto the stored record.
 */
@Component
public class RecentRecords {

    private final Cache<String, MeetingRecord> recent;

    RecentRecords(@Value("${minutebook.read-models.recent:PT1S}") Duration keptFor,
                  @Value("${minutebook.read-models.recent-size:2000}") int size) {
        this.recent = Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(size).build();
    }

    /** The record kept, if it holds at least {@code minVersion} (any version when none is asked for). */
    Optional<MeetingRecord> holding(String meetingId, Long minVersion) {
        MeetingRecord kept = recent.getIfPresent(meetingId);
        return Optional.ofNullable(kept).filter(record -> minVersion == null || record.version() >= minVersion);
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
