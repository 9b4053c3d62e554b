package org.minutebook.query.actions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;

/** An action as answered on a day: the register's row, and whether it is overdue that day. */
record ActionDue(@JsonUnwrapped ActionRow action, boolean overdue) {

    /** Open, and the date or meeting it was due at has passed. */
    static ActionDue on(LocalDate today, ActionRow action) {
        return new ActionDue(action, action.status() == ActionStatus.OPEN && action.dueDate() != null
                && action.dueDate().isBefore(today));
    }
}
