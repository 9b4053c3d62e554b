package org.minutebook.query.record;

import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
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
            if (register.answeredPerMeeting()) {
                render(register, rows, all, forThePublic);
            }
        }
        return new StoredAnswers.Rendered(record.meetingId(), record.version(), record.committeeId(), listingGroups,
                all, forThePublic);
    }

    private <R extends Register.Row> void render(Register<R> register, RecordRows rows, Map<String, byte[]> all,
                                                 Map<String, byte[]> forThePublic) {
        byte[] whole = answer(register, rows.all(register), rows);
        all.put(register.name(), whole);
        if (rows.withheldFromThePublic()) {
            byte[] withheld = answer(register, rows.forThePublic(register), rows);
            if (!Arrays.equals(withheld, whole)) {
                forThePublic.put(register.name(), withheld);
            }
        }
    }

    /**
     * The register's answer from the rows: when it is the rows themselves (or one of them), made of each row's JSON
     * as written once for everything else that serves it; else written whole.
     */
    private <R extends Register.Row> byte[] answer(Register<R> register, List<R> rows, RecordRows written) {
        Object answer = register.answerOf(rows);
        if (answer == rows) {
            ByteArrayOutputStream list = new ByteArrayOutputStream();
            list.write('[');
            for (int i = 0; i < rows.size(); i++) {
                if (i > 0) {
                    list.write(',');
                }
                list.writeBytes(written.json(rows.get(i)));
            }
            list.write(']');
            return list.toByteArray();
        }
        if (rows.size() == 1 && answer == rows.get(0)) {
            return written.json(rows.get(0));
        }
        return json.bytes(answer, RecordJson.Registers.class);
    }
}
