package org.minutebook.query.attendance;


import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A member's attendance as councils publish it, in ModernGov's terms. Expected: the meetings held of committees the
 * member served on that day, and any they attended as a substitute; never a meeting of a committee they were not
 * appointed to, however they were recorded at it. Of the expected meetings: those they were present at, those they
 * were present at only as a substitute, those they sent apologies for, and those they were absent from without
 * apologies.
 */
public record AttendanceRate(int expected, int present, int asSubstitute, int apologies, int absent) {

    /** From the member's attendance rows and the meetings they served on. */
    public static AttendanceRate of(List<AttendanceRow> rows, Set<String> servedOn) {
        Set<String> expected = new LinkedHashSet<>(servedOn);
        expected.addAll(meetings(rows, null, Capacity.SUBSTITUTE));
        Set<String> present = meetings(rows, expected, Capacity.PRESENT);
        Set<String> attended = meetings(rows, expected, Capacity.PRESENT, Capacity.SUBSTITUTE);
        Set<String> apologies = meetings(rows, expected, Capacity.APOLOGIES);
        Set<String> accountedFor = new LinkedHashSet<>(attended);
        accountedFor.addAll(apologies);
        return new AttendanceRate(expected.size(), present.size(), attended.size() - present.size(), apologies.size(),
                expected.size() - accountedFor.size());
    }

    /** Present, as a member or as a substitute. */
    public int attended() {
        return present + asSubstitute;
    }

    /** Attended ÷ expected, or null when nothing was expected. */
    public Double rate() {
        return expected == 0 ? null : (double) attended() / expected;
    }

    /** The meetings the rows record in one of the capacities: of those expected, or of any when none are given. */
    private static Set<String> meetings(List<AttendanceRow> rows, Set<String> expected, Capacity... capacities) {
        Set<String> meetings = new LinkedHashSet<>();
        for (AttendanceRow row : rows) {
            String meetingId = row.where().meetingId();
            for (Capacity capacity : capacities) {
                if (capacity == row.attendedAs()
                        && (expected == null || expected.contains(meetingId))) {
                    meetings.add(meetingId);
                }
            }
        }
        return meetings;
    }
}
