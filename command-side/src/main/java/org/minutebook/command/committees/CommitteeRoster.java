package org.minutebook.command.committees;

import java.time.LocalDate;

/** What a meeting needs to know of its committee: that it exists, and who served on it on the day. */
public interface CommitteeRoster {

    boolean isRegistered(String committeeId);

    boolean isMemberOn(String committeeId, String memberId, LocalDate date);
}
