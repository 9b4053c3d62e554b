package org.minutebook.events;

import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.committees.CommitteeRenamed;
import org.minutebook.events.committees.MemberAppointed;
import org.minutebook.events.committees.MembershipEnded;

/** An event in the life of a committee, keyed by the committee id. */
public sealed interface CommitteeEvent permits CommitteeRegistered, CommitteeRenamed, MemberAppointed,
        MembershipEnded {

    String committeeId();

    <R> R accept(Visitor<R> visitor);

    /** An answer for each committee event: one added fails to compile until every reader of committees answers it. */
    interface Visitor<R> {

        R on(CommitteeRegistered event);

        R on(CommitteeRenamed event);

        R on(MemberAppointed event);

        R on(MembershipEnded event);
    }
}
