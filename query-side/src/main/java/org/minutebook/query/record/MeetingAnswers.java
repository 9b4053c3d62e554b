package org.minutebook.query.record;

import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers to a meeting's queries, rendered once per version from its typed record: the minutes (the record
 * itself) and each register's answer for the meeting ({@link Register#answerOf}), for everyone and, where exempt
 * business makes it differ, for the public ({@link MeetingRecord#asPublished}). Served as rendered, so a query reads
 * one document by id and decodes nothing.
 */
@Component
public class MeetingAnswers {

    /** The minutes: the whole record in order. */
    public static final String MINUTES = "minutes";

    private final List<Register<?>> registers;
    private final RecordJson json;

    MeetingAnswers(List<Register<?>> registers, RecordJson json) {
        this.registers = registers;
        this.json = json;
    }

    StoredAnswers.Rendered render(RecordRows rows, int listingGroups) {
        MeetingRecord record = rows.record();
        Map<String, byte[]> all = new LinkedHashMap<>();
        Map<String, byte[]> forThePublic = new LinkedHashMap<>();
        all.put(MINUTES, json.bytes(record));
        if (rows.withheldFromThePublic()) {
            forThePublic.put(MINUTES, json.bytes(rows.published()));
        }
        for (Register<?> register : registers) {
            render(register, rows, all, forThePublic);
        }
        return new StoredAnswers.Rendered(record.meetingId(), record.version(), record.committeeId(), listingGroups,
                all, forThePublic);
    }

    private <R extends Register.Row> void render(Register<R> register, RecordRows rows, Map<String, byte[]> all,
                                                 Map<String, byte[]> forThePublic) {
        byte[] whole = json.bytes(register.answerOf(rows.all(register)), RecordJson.Registers.class);
        all.put(register.name(), whole);
        if (rows.withheldFromThePublic()) {
            byte[] withheld = json.bytes(register.answerOf(rows.forThePublic(register)), RecordJson.Registers.class);
            if (!Arrays.equals(withheld, whole)) {
                forThePublic.put(register.name(), withheld);
            }
        }
    }
}
