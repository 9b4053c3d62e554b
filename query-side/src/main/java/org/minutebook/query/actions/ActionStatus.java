package org.minutebook.query.actions;

/** An action is open until it is recorded as done. */
public enum ActionStatus {
    OPEN,
    DONE
}
