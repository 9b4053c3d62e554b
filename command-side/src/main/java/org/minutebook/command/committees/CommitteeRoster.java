package org.minutebook.command.committees;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a meeting needs to know of its committee: that it exists, its council and time zone, who served on it on the
 * day, and its quorum then. Answered without loading the committee inside the meeting's command ({@link CommitteeView}).
 */
public interface CommitteeRoster {

    boolean isMemberOn(String committeeId, String memberId, LocalDate date);

    /** The time zone of the committee's civil times; null for a committee that is not registered. */
    ZoneId timeZoneOf(String committeeId);

    /**
     * The quorum the committee's standing orders fix for a meeting on the day (the last fixed when the day is not
     * stated); empty when none is recorded, when no quorum is checked and remote attendance is not presence.
     */
    Optional<Quorum> quorumOn(String committeeId, LocalDate date);

    /**
     * The council the committee was registered for: empty when no such committee is registered, {@code ""} when
     * its registration names none (a committee imported from a page that does not).
     */
    Optional<String> councilOf(String committeeId);
}
