package org.minutebook.query.record;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A meeting's rows in any register, by the type of its rows: for read models kept beside the meetings (a matter's
 * path, the registers of interests) that read a meeting as the registers do, without a register of their own.
 */
@Component
public class RegisterRows {

    private final List<Register<?>> registers;

    RegisterRows(List<Register<?>> registers) {
        this.registers = registers;
    }

    public <R extends Register.Row> List<R> of(MeetingRecord record, Class<R> rowType) {
        Register<?> register = registers.stream().filter(candidate -> candidate.rowType() == rowType).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No register has rows of " + rowType));
        return register.rowsOf(record).stream().map(rowType::cast).toList();
    }
}
