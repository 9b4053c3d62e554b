package org.minutebook.query.attendance;

import org.junit.jupiter.api.Test;
import org.minutebook.query.record.Where;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A member's attendance rate counts only the meetings expected of them. */
class AttendanceRateTest {

    @Test
    void mrBentleyServedAtTwoMeetingsAndAttendedOne() {
        AttendanceRate rate = AttendanceRate.of(List.of(row("2020-11-18", Capacity.PRESENT)),
                Set.of("2020-11-18", "2021-11-02"));

        assertThat(rate).isEqualTo(new AttendanceRate(2, 1, 0, 0, 1));
        assertThat(rate.rate()).isEqualTo(0.5);
    }

    @Test
    void aMemberNeverAppointedIsExpectedAtNoMeetingHoweverTheyWereRecorded() {
        AttendanceRate rate = AttendanceRate.of(List.of(row("2020-11-18", Capacity.PRESENT), row("2021-11-02", Capacity.APOLOGIES)),
                Set.of());

        assertThat(rate).isEqualTo(new AttendanceRate(0, 0, 0, 0, 0));
        assertThat(rate.rate()).isNull();
    }

    @Test
    void aSubstituteIsExpectedWhereTheySubstitutedAndAttendedThere() {
        AttendanceRate rate = AttendanceRate.of(List.of(row("2021-03-09", Capacity.SUBSTITUTE), row("2021-06-01", Capacity.APOLOGIES)),
                Set.of("2021-06-01"));

        assertThat(rate).isEqualTo(new AttendanceRate(2, 0, 1, 1, 0));
        assertThat(rate.rate()).isEqualTo(0.5);
    }

    @Test
    void mrWelshWasPresentOnceSentApologiesOnceAndWasAbsentWithoutApologiesOnce() {
        AttendanceRate rate = AttendanceRate.of(List.of(row("2020-09-29", Capacity.PRESENT), row("2020-11-18", Capacity.APOLOGIES)),
                Set.of("2020-09-29", "2020-11-18", "2021-11-02"));

        assertThat(rate).isEqualTo(new AttendanceRate(3, 1, 0, 1, 1));
    }

    @Test
    void apologiesSentByAMemberWhoCameAfterAllDoNotCountThemAbsent() {
        AttendanceRate rate = AttendanceRate.of(List.of(row("2020-11-18", Capacity.APOLOGIES), row("2020-11-18", Capacity.PRESENT)),
                Set.of("2020-11-18"));

        assertThat(rate.absent()).isZero();
        assertThat(rate.present()).isEqualTo(1);
    }

    private static AttendanceRow row(String meetingId, Capacity attendedAs) {
        return new AttendanceRow(null, new Where(meetingId, null, null, null, null, null, null, null, null, 0),
                attendedAs, null, null, null, null, null, null, null);
    }
}
