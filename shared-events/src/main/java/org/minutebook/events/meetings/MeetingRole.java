package org.minutebook.events.meetings;

/** A role held for one meeting. */
public enum MeetingRole {
    /** In the chair: from the opening, or from the item at which they took it. */
    CHAIR,
    /** Vice-chair at this meeting (001 corrects who that was on 29 October 2024). */
    VICE_CHAIR
}
