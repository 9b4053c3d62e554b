package org.minutebook.events;

import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.committees.CommitteeRenamed;
import org.minutebook.events.committees.MemberAppointed;
import org.minutebook.events.committees.MembershipEnded;
import org.minutebook.events.committees.QuorumFixed;

/**
 * An event in the life of a committee, keyed by the committee id: a part of the record of its own, sealed as every
 * part is (docs/events.md, "Committees").
 */
public sealed interface CommitteeEvent permits CommitteeRegistered, CommitteeRenamed, MemberAppointed,
        MembershipEnded, QuorumFixed {

    String committeeId();
}
