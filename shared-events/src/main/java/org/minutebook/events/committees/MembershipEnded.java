package org.minutebook.events.committees;

import org.minutebook.events.CommitteeEvent;
import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * A member's membership of a committee ended.
 *
 * @param committeeId the committee
 * @param memberId the member
 * @param on the last day of the membership
 */
@EventVersion(1)
public record MembershipEnded(
        String committeeId,
        String memberId,
        LocalDate on) implements CommitteeEvent {
}
