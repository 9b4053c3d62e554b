package org.minutebook.command.meetings;

import org.minutebook.command.committees.CommitteeRoster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
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

    /** The council of every committee of a story. */
    public static final String COUNCIL = "Leicestershire County Council";

    @Override
    public ZoneId timeZoneOf(String committee) {
        return committeeId.equals(committee) ? LONDON : null;
    }

    @Override
    public Optional<String> councilOf(String committee) {
        return committeeId.equals(committee) ? Optional.of(COUNCIL) : Optional.empty();
    }

    @Override
    public boolean isMemberOn(String committee, String memberId, LocalDate date) {
        return committeeId.equals(committee) && members.contains(memberId);
    }
}
