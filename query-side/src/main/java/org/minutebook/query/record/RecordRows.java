package org.minutebook.query.record;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting's rows in each register, for everyone and for the public (its record as published), each worked out
 * once when the meeting is written, and each row written as JSON once, however many of its answers, listings and
 * committee registers use them.
 */
public final class RecordRows {

    private static final RecordJson JSON = new RecordJson();

    private final MeetingRecord record;
    private final MeetingRecord published;
    private final Map<Register<?>, List<?>> all = new IdentityHashMap<>();
    private final Map<Register<?>, List<?>> forThePublic = new IdentityHashMap<>();
    private final Map<Object, byte[]> written = new IdentityHashMap<>();

    public RecordRows(MeetingRecord record) {
        this.record = record;
        this.published = record.asPublished(record);
    }

    public MeetingRecord record() {
        return record;
    }

    /** The record as the public reads it; the record itself when nothing of it is exempt. */
    public MeetingRecord published() {
        return published;
    }

    /** Whether the public reads less than everyone (the meeting has exempt business). */
    public boolean withheldFromThePublic() {
        return published != record;
    }

    @SuppressWarnings("unchecked") // each register's rows are kept under the register itself
    public <R extends Register.Row> List<R> all(Register<R> register) {
        return (List<R>) all.computeIfAbsent(register, of -> of.rowsOf(record));
    }

    /** A row as a register's answers, listings and pages serve it: its JSON, written once. */
    public byte[] json(Register.Row row) {
        return written.computeIfAbsent(row, unwritten -> JSON.bytes(unwritten, RecordJson.Registers.class));
    }

    @SuppressWarnings("unchecked") // each register's rows are kept under the register itself
    public <R extends Register.Row> List<R> forThePublic(Register<R> register) {
        return withheldFromThePublic() ? (List<R>) forThePublic.computeIfAbsent(register, of -> of.rowsOf(published))
                : all(register);
    }
}
