package org.minutebook.command.minutes;

/** Records, on an earlier meeting, that its minutes were confirmed; refuses with the rule it would break. */
public interface MinutesRegister {

    void recordConfirmation(RecordMinutesConfirmation confirmation);
}
