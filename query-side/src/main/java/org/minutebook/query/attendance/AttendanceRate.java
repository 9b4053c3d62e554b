package org.minutebook.query.attendance;

import org.bson.Document;
import org.minutebook.query.record.FactKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A member's attendance as councils publish it. Expected: the meetings held of committees the member served on
 * that day, and any they attended as a substitute; never a meeting of a committee they were not appointed to,
 * however they were recorded at it. Attended and apologies: of the expected meetings, those they were present at
 * (or substituted at) and those they sent apologies for.
 *
 * @param rate attended ÷ expected, or null when nothing was expected
 */
record AttendanceRate(int expected, int attended, int apologies, Double rate) {

    /** From the member's attendance rows and the meetings they served on. */
    static AttendanceRate of(List<Document> rows, Set<String> servedOn) {
        Set<String> expected = new LinkedHashSet<>(servedOn);
        expected.addAll(meetings(rows, expected, true, FactKind.SUBSTITUTE));
        int attended = meetings(rows, expected, false, FactKind.PRESENT, FactKind.SUBSTITUTE).size();
        int apologies = meetings(rows, expected, false, FactKind.APOLOGIES).size();
        return new AttendanceRate(expected.size(), attended, apologies,
                expected.isEmpty() ? null : (double) attended / expected.size());
    }

    private static Set<String> meetings(List<Document> rows, Set<String> expected, boolean anyMeeting,
                                        FactKind... capacities) {
        Set<String> meetings = new LinkedHashSet<>();
        for (Document row : rows) {
            String meetingId = row.getString("meetingId");
            for (FactKind capacity : capacities) {
                if (capacity.name().equals(row.getString("attendedAs")) && (anyMeeting || expected.contains(meetingId))) {
                    meetings.add(meetingId);
                }
            }
        }
        return meetings;
    }
}
