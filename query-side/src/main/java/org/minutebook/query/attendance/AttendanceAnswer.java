package org.minutebook.query.attendance;

import java.util.List;

/** Who attended a meeting, by capacity: members present, apologies, substitutes, officers and others. */
public record AttendanceAnswer(List<AttendanceRow> present, List<AttendanceRow> apologies,
                               List<AttendanceRow> substitute, List<AttendanceRow> officer, List<AttendanceRow> other) {

    static AttendanceAnswer of(List<AttendanceRow> rows) {
        return new AttendanceAnswer(in(rows, Capacity.PRESENT), in(rows, Capacity.APOLOGIES),
                in(rows, Capacity.SUBSTITUTE), in(rows, Capacity.OFFICER), in(rows, Capacity.OTHER));
    }

    private static List<AttendanceRow> in(List<AttendanceRow> rows, Capacity capacity) {
        return rows.stream().filter(row -> row.attendedAs() == capacity).toList();
    }
}
