package org.minutebook.events.committees;

import org.minutebook.events.CommitteeEvent;
import org.minutebook.events.EventVersion;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The committee's quorum, from a date, as its standing orders fix it: a number of members ("The quorum shall be
 * three voting members"), or a share of its membership with a floor ("one quarter of the voting members, but not
 * less than three"); what becomes of a decision taken without it; and whether members attending remotely count
 * as present (in Wales and Scotland they do; in England, since May 2021, they do not).
 *
 * @param committeeId the committee
 * @param members the quorum as a number of members, or null when it is a share of the membership
 * @param divisor the quorum as one part in {@code divisor} of the members serving on the day, rounded up ("one
 *                quarter": 4), or null when it is a number
 * @param atLeast the fewest members the quorum may be when it is a share ("but not less than three"), or null
 * @param whenInquorate whether a decision taken without a quorum is refused or recorded and flagged
 * @param remoteAttendanceCounts whether members attending remotely are present in law (vote, count to the quorum)
 * @param standingOrder the standing order, in its words, or null
 * @param from the first day the quorum applies
 */
@EventVersion(1)
public record QuorumFixed(
        String committeeId,
        Integer members,
        Integer divisor,
        Integer atLeast,
        WhenInquorate whenInquorate,
        boolean remoteAttendanceCounts,
        String standingOrder,
        LocalDate from) implements CommitteeEvent {

    /** The quorum when {@code serving} members serve on the committee: empty when it cannot be told. */
    public OptionalInt quorumOf(int serving) {
        if (members != null) {
            return OptionalInt.of(members);
        }
        if (divisor == null || serving == 0) {
            return OptionalInt.empty();
        }
        int share = (serving + divisor - 1) / divisor;
        return OptionalInt.of(atLeast == null ? share : Math.max(share, atLeast));
    }
}
