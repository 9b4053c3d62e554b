package org.minutebook.command.meetings;

import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.committees.Quorum;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * The committees a test's meetings belong to, who served on them, and their quorum if the story fixes one: the given
 * of a meeting story.
 */
public final class KnownCommittees implements CommitteeRoster {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final String committeeId;
    private final Set<String> members;
    private final Quorum quorum;

    public KnownCommittees(String committeeId, String... memberIds) {
        this(committeeId, null, Set.of(memberIds));
    }

    private KnownCommittees(String committeeId, Quorum quorum, Set<String> members) {
        this.committeeId = committeeId;
        this.quorum = quorum;
        this.members = members;
    }

    /** The same committee, its standing orders fixing this quorum. */
    public KnownCommittees withQuorum(Quorum fixed) {
        return new KnownCommittees(committeeId, fixed, members);
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

    @Override
    public Optional<Quorum> quorumOn(String committee, LocalDate date) {
        return committeeId.equals(committee) ? Optional.ofNullable(quorum) : Optional.empty();
    }
}
