package org.minutebook.query.actions;

/** An action is open until it is recorded as done. */
enum ActionStatus {
    OPEN,
    DONE
}
