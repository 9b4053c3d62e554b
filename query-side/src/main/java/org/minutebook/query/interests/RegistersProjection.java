package org.minutebook.query.interests;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.minutebook.events.interests.InterestsEvent;
import org.minutebook.query.platform.RebuildableReadModel;
import org.minutebook.query.record.RecordProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Owns {@code registers_of_interests}: each register with every entry and reading. A register remembers the last
 * event it holds, so an event delivered again changes nothing. Projected by the meeting records' processor, as the
 * committees are: one reading of the topic.
 */
@Component
@ProcessingGroup(RecordProjection.NAME)
class RegistersProjection implements RebuildableReadModel {

    private final Registers registers;

    RegistersProjection(Registers registers) {
        this.registers = registers;
    }

    @Override
    public void drop() {
        registers.drop();
    }

    @EventHandler
    void on(InterestsEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        StoredRegister register = registers.findForChange(event.registerId())
                .orElseGet(() -> StoredRegister.empty(event.registerId()));
        if (register.version() < sequenceNumber) {
            registers.save(event.accept(new RegisterFolding(register, sequenceNumber, at)));
        }
    }
}
