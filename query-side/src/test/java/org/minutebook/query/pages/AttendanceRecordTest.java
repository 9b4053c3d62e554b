package org.minutebook.query.pages;

import org.minutebook.events.Person;
import org.minutebook.query.attendance.AttendanceRow;
import org.minutebook.query.attendance.Capacity;
import org.minutebook.query.record.Where;
import org.junit.jupiter.api.Test;
import org.minutebook.query.attendance.AttendanceRate;
import org.minutebook.query.attendance.MemberAttendance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Mr Bentley's attendance as the public page gives it: over three meetings of the Children and Families Overview
 * and Scrutiny Committee he served on, and one of another committee where he substituted.
 */
class AttendanceRecordTest {

    private static final Map<String, LocalDate> SERVED_ON = new LinkedHashMap<>(Map.of(
            "leics-cfosc-2020-09-01", LocalDate.of(2020, 9, 1),
            "leics-cfosc-2020-11-18", LocalDate.of(2020, 11, 18),
            "leics-cfosc-2021-11-02", LocalDate.of(2021, 11, 2)));
    private static final List<AttendanceRow> ROWS = List.of(
            row("leics-cfosc-2020-11-18", "2020-11-18", Capacity.PRESENT),
            row("leics-ascosc-2021-03-09", "2021-03-09", Capacity.SUBSTITUTE),
            row("leics-cfosc-2021-11-02", "2021-11-02", Capacity.APOLOGIES));
    private static final AttendanceRecord BENTLEY = new AttendanceRecord(new MemberAttendance.Attendance("bentley",
            null, null, AttendanceRate.of(ROWS, SERVED_ON.keySet()), ROWS, SERVED_ON,
            Map.of("leics-cfosc-2020-09-01", "Children and Families Overview and Scrutiny Committee")));

    @Test
    void eachMeetingExpectedIsGivenInModernGovsTermsOldestFirst() {
        assertThat(BENTLEY.meetings()).extracting(AttendanceRecord.Meeting::meetingId, AttendanceRecord.Meeting::term)
                .containsExactly(
                        tuple("leics-cfosc-2020-09-01", AttendanceRecord.Term.ABSENT),
                        tuple("leics-cfosc-2020-11-18", AttendanceRecord.Term.PRESENT),
                        tuple("leics-ascosc-2021-03-09", AttendanceRecord.Term.SUBSTITUTE),
                        tuple("leics-cfosc-2021-11-02", AttendanceRecord.Term.APOLOGIES));
        assertThat(BENTLEY.name()).isEqualTo("Mr. I. E. G. Bentley CC");
        assertThat(BENTLEY.meetings().get(0).title()).as("a meeting he missed, titled from the meetings")
                .isEqualTo("Children and Families Overview and Scrutiny Committee");
    }

    @Test
    void theYearsAddUpToTheWholePeriod() {
        List<AttendanceRecord.Year> years = BENTLEY.years();

        assertThat(years).extracting(AttendanceRecord.Year::year).containsExactly(2020, 2021);
        assertThat(years).extracting(AttendanceRecord.Year::rate).containsExactly(
                new AttendanceRate(2, 1, 0, 0, 1), new AttendanceRate(2, 0, 1, 1, 0));
        assertThat(BENTLEY.total()).isEqualTo(new AttendanceRate(4, 1, 1, 1, 1));
    }

    @Test
    void theChartStacksEachYearsMeetingsAsTallAsTheBusiestYear() {
        AttendanceRecord.Year year2020 = BENTLEY.years().get(0);

        // two meetings expected in each year: each meeting is half the chart's height
        assertThat(year2020.segments()).extracting(AttendanceRecord.Segment::term, AttendanceRecord.Segment::y,
                AttendanceRecord.Segment::height).containsExactly(
                tuple(AttendanceRecord.Term.PRESENT, 80, 80),
                tuple(AttendanceRecord.Term.ABSENT, 0, 80));
        assertThat(BENTLEY.years().get(1).x() - year2020.x())
                .isEqualTo(AttendanceRecord.BAR_WIDTH + AttendanceRecord.BAR_GAP);
    }

    @Test
    void thePageShowsTheCountsTheChartAndEachMeeting() {
        String page = PageRendering.render("pages/member", Map.of("memberId", "bentley", "attendance", BENTLEY));

        assertThat(page).contains("<h1>Mr. I. E. G. Bentley CC</h1>")
                .contains("<th scope=\"row\">Absent without apologies</th><td>1</td>")
                .contains("<th scope=\"row\">Present as substitute</th><td>1</td>")
                .contains("<svg role=\"img\" aria-labelledby=\"chart-title\"").contains("viewBox=\"0 0 176 200\"")
                .containsPattern("<rect class=\"term-present\"\\s+width=\"48\" x=\"32\" y=\"80\" height=\"80\">")
                .contains("<title>2020: Absent without apologies 1</title>")
                .contains("<td>Wednesday 18 November 2020</td>")
                .contains("<td>Present as substitute</td>");
    }

    private static AttendanceRow row(String meetingId, String date, Capacity attendedAs) {
        return new AttendanceRow(null, new Where(meetingId, null, "Children and Families Overview and Scrutiny Committee",
                LocalDate.parse(date), null, null, null, null, null, 0), attendedAs,
                new Person("bentley", "Mr. I. E. G. Bentley CC"), null, null, null, null, null, null);
    }
}
