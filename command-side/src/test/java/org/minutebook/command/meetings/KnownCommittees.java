package org.minutebook.command.meetings;

import org.minutebook.command.committees.CommitteeRoster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** The committees a test's meetings belong to, and who served on them: the given of a meeting story. */
public final class KnownCommittees implements CommitteeRoster {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final String committeeId;
    private final Set<String> members;

    public KnownCommittees(String committeeId, String... memberIds) {
        this.committeeId = committeeId;
        this.members = Set.of(memberIds);
    }

    @Override
    public boolean isRegistered(String committee) {
        return committeeId.equals(committee);
    }

    @Override
    public ZoneId timeZoneOf(String committee) {
        return isRegistered(committee) ? LONDON : null;
    }

    @Override
    public boolean isMemberOn(String committee, String memberId, LocalDate date) {
        return committeeId.equals(committee) && members.contains(memberId);
    }
}
