package org.minutebook.events.committees;

public enum CommitteeKind {
    SCRUTINY_COMMISSION,
    OVERVIEW_AND_SCRUTINY_COMMITTEE,
    SCRUTINY_BOARD,
    BOARD,
    COMMITTEE,
    OTHER
}
