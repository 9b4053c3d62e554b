package org.minutebook.command.committees;

import java.time.LocalDate;
import java.time.ZoneId;

/** What a meeting needs to know of its committee: that it exists, and who served on it on the day. */
public interface CommitteeRoster {

    boolean isRegistered(String committeeId);

    boolean isMemberOn(String committeeId, String memberId, LocalDate date);

    /** The time zone of the committee's civil times; null for a committee that is not registered. */
    ZoneId timeZoneOf(String committeeId);
}
