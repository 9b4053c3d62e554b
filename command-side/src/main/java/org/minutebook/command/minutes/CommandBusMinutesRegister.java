package org.minutebook.command.minutes;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Sends the confirmation to the earlier meeting as a nested command: it joins the current unit of work and
 * transaction, so a refusal there rolls back the confirming meeting's fact too.
 */
@Component
class CommandBusMinutesRegister implements MinutesRegister {

    private final CommandGateway commands;

    CommandBusMinutesRegister(@Lazy CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void recordConfirmation(RecordMinutesConfirmation confirmation) {
        commands.sendAndWait(confirmation);
    }
}
