package org.minutebook.events.committees;

public enum CommitteeRole {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    CO_OPTED_MEMBER
}
