package org.minutebook.query.attendance;

import org.minutebook.query.record.Fact;

/** The capacity a person is recorded in at a meeting, as the attendance register names it. */
public enum Capacity {
    PRESENT,
    APOLOGIES,
    SUBSTITUTE,
    OFFICER,
    OTHER;

    static Capacity of(Fact.Attendee attendee) {
        return valueOf(attendee.factKind().name());
    }
}
