package org.minutebook.command.minutes;

import org.minutebook.command.kernel.RuleViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * The earlier meetings, as the confirming meeting reaches them: records each confirmation sent, or refuses it as
 * the earlier meeting would, with the rule it would break.
 */
final class RecordingMinutesRegister implements MinutesRegister {

    private final List<RecordMinutesConfirmation> received = new ArrayList<>();
    private RuleViolation refusal;

    /** The earlier meeting refuses every confirmation from now on. */
    void refuseWith(RuleViolation refusal) {
        this.refusal = refusal;
    }

    List<RecordMinutesConfirmation> received() {
        return List.copyOf(received);
    }

    @Override
    public void recordConfirmation(RecordMinutesConfirmation confirmation) {
        if (refusal != null) {
            throw refusal;
        }
        received.add(confirmation);
    }
}
