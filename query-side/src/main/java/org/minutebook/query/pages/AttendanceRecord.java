package org.minutebook.query.pages;

import org.minutebook.events.Person;
import org.minutebook.query.attendance.AttendanceRow;
import org.minutebook.query.attendance.Capacity;
import org.minutebook.query.attendance.AttendanceRate;
import org.minutebook.query.attendance.MemberAttendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A member's attendance as a council's site publishes it: the counts in ModernGov's terms, each expected meeting
 * with what the member was there, and the counts year by year for a chart. Every count is {@link AttendanceRate}'s,
 * of the whole period, of a year, or of one meeting, so the page, the chart and the API always agree.
 */
public final class AttendanceRecord {

    /** Where the chart draws: a bar a year, as tall as the meetings expected that year, stacked by term. */
    static final int CHART_HEIGHT = 160;
    static final int BAR_WIDTH = 48;
    static final int BAR_GAP = 24;
    static final int LEFT = 32;

    private final MemberAttendance.Attendance attendance;

    AttendanceRecord(MemberAttendance.Attendance attendance) {
        this.attendance = attendance;
    }

    public AttendanceRate total() {
        return attendance.rate();
    }

    /** The member's name as the last meeting recorded it, else their id. */
    public String name() {
        return attendance.rows().stream().map(AttendanceRow::person).filter(Objects::nonNull)
                .map(Person::name).filter(Objects::nonNull)
                .reduce((earlier, later) -> later).orElse(attendance.memberId());
    }

    /** One expected meeting and what the member was at it. */
    public record Meeting(String meetingId, String title, LocalDate date, Term term) {
    }

    /** ModernGov's terms, each with the style the page and the chart give it. */
    public enum Term {
        PRESENT("Present", "term-present"),
        SUBSTITUTE("Present as substitute", "term-substitute"),
        APOLOGIES("Apologies", "term-apologies"),
        ABSENT("Absent without apologies", "term-absent");

        final String words;
        final String style;

        Term(String words, String style) {
            this.words = words;
            this.style = style;
        }

        public String words() {
            return words;
        }

        public String style() {
            return style;
        }

        static Term of(AttendanceRate one) {
            return one.present() > 0 ? PRESENT : one.asSubstitute() > 0 ? SUBSTITUTE : one.apologies() > 0 ? APOLOGIES
                    : ABSENT;
        }

        int count(AttendanceRate rate) {
            return switch (this) {
                case PRESENT -> rate.present();
                case SUBSTITUTE -> rate.asSubstitute();
                case APOLOGIES -> rate.apologies();
                case ABSENT -> rate.absent();
            };
        }
    }

    /** The terms in the order the page and the chart's key give them. */
    public List<Term> terms() {
        return List.of(Term.values());
    }

    /** The expected meetings, oldest first (a substitute's meeting is dated by its attendance row). */
    public List<Meeting> meetings() {
        Map<String, LocalDate> expected = expected();
        List<Meeting> meetings = new ArrayList<>();
        expected.forEach((meetingId, date) -> {
            List<AttendanceRow> rows = rowsOf(Set.of(meetingId));
            Set<String> served = attendance.servedOn().containsKey(meetingId) ? Set.of(meetingId) : Set.of();
            String title = rows.stream().map(row -> row.where().meetingTitle()).filter(Objects::nonNull)
                    .findFirst().orElse(attendance.titles().get(meetingId));
            meetings.add(new Meeting(meetingId, title, date, Term.of(AttendanceRate.of(rows, served))));
        });
        meetings.sort((one, other) -> Objects.compare(one.date(), other.date(), LocalDate::compareTo));
        return meetings;
    }

    /** A year's counts; {@code segments} are the chart's rectangles for it. */
    public record Year(int year, AttendanceRate rate, int x, List<Segment> segments) {
    }

    public record Segment(Term term, int count, int y, int height) {
    }

    /** The counts year by year, oldest first, laid out as the chart's bars. */
    public List<Year> years() {
        Map<Integer, Map<String, LocalDate>> byYear = new TreeMap<>();
        expected().forEach((meetingId, date) -> byYear.computeIfAbsent(date.getYear(), year -> new LinkedHashMap<>())
                .put(meetingId, date));
        int tallest = byYear.values().stream().mapToInt(Map::size).max().orElse(1);
        List<Year> years = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, LocalDate>> year : byYear.entrySet()) {
            Set<String> meetings = year.getValue().keySet();
            Set<String> served = new LinkedHashSet<>(meetings);
            served.retainAll(attendance.servedOn().keySet());
            AttendanceRate rate = AttendanceRate.of(rowsOf(meetings), served);
            years.add(new Year(year.getKey(), rate, LEFT + years.size() * (BAR_WIDTH + BAR_GAP),
                    segments(rate, tallest)));
        }
        return years;
    }

    public int chartWidth() {
        return LEFT + Math.max(1, expected().values().stream().map(LocalDate::getYear).distinct().toList().size())
                * (BAR_WIDTH + BAR_GAP);
    }

    private static List<Segment> segments(AttendanceRate rate, int tallest) {
        List<Segment> segments = new ArrayList<>();
        int bottom = CHART_HEIGHT;
        for (Term term : Term.values()) {
            int count = term.count(rate);
            int height = count * CHART_HEIGHT / tallest;
            if (count > 0) {
                segments.add(new Segment(term, count, bottom - height, height));
            }
            bottom -= height;
        }
        return segments;
    }

    /** The meetings expected of the member with their days: those served on, and those attended as substitute. */
    private Map<String, LocalDate> expected() {
        Map<String, LocalDate> expected = new LinkedHashMap<>(attendance.servedOn());
        for (AttendanceRow row : attendance.rows()) {
            if (row.attendedAs() == Capacity.SUBSTITUTE && row.where().meetingDate() != null) {
                expected.putIfAbsent(row.where().meetingId(), row.where().meetingDate());
            }
        }
        return expected;
    }

    private List<AttendanceRow> rowsOf(Set<String> meetings) {
        return attendance.rows().stream().filter(row -> meetings.contains(row.where().meetingId())).toList();
    }
}
