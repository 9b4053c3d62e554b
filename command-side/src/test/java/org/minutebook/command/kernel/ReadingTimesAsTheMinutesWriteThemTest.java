package org.minutebook.command.kernel;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The minutes of the Children and Families Overview and Scrutiny Committee of 18 November 2020 say "The meeting
 * closed at 12.12pm" and list the next meetings as "19 January 2021 at 2.00pm": a clerk types them as written.
 */
class ReadingTimesAsTheMinutesWriteThemTest {

    @Test
    void timesAreReadAsThePageWritesThem() {
        assertThat(List.of("12.12pm", "12.12 pm", "2.00 pm", "2pm", "2:00 p.m.", "14:00", "14.00"))
                .extracting(WrittenTimes::time)
                .containsExactly(LocalTime.of(12, 12), LocalTime.of(12, 12), LocalTime.of(14, 0),
                        LocalTime.of(14, 0), LocalTime.of(14, 0), LocalTime.of(14, 0), LocalTime.of(14, 0));
        assertThat(WrittenTimes.time("10.30am")).isEqualTo(LocalTime.of(10, 30));
        assertThat(WrittenTimes.time("12 noon")).isEqualTo(LocalTime.NOON);
        assertThat(WrittenTimes.time("12.05am")).isEqualTo(LocalTime.of(0, 5));
    }

    @Test
    void datesAreReadDayFirstAsInTheUnitedKingdom() {
        assertThat(List.of("19/01/2021", "19.1.2021", "19 January 2021", "Tuesday 19th January 2021",
                "Tuesday, 19 Jan 2021", "2021-01-19",
                // the last of a list of dates, closing the sentence it is in, as on the page of 18 November 2020
                " 19 January 2021."))
                .extracting(WrittenTimes::date)
                .containsOnly(LocalDate.of(2021, 1, 19));
        assertThat(WrittenTimes.date("01/02/2021")).as("the first of February").isEqualTo(LocalDate.of(2021, 2, 1));
    }

    @Test
    void aDayAndItsTimeAreReadTogether() {
        assertThat(List.of("19/01/2021 2.00pm", "19 January 2021 at 2.00 pm", "19/01/2021, 14:00",
                "2021-01-19T14:00"))
                .extracting(WrittenTimes::dateTime)
                .containsOnly(LocalDateTime.of(2021, 1, 19, 14, 0));
    }

    @Test
    void aRefusalWritesDaysAndTimesAsAClerkReadsThem() {
        assertThat(WrittenTimes.written(LocalDate.of(2021, 1, 19))).isEqualTo("19 January 2021");
        assertThat(WrittenTimes.written(LocalDateTime.of(2021, 1, 19, 14, 0))).isEqualTo("19 January 2021 at 2.00pm");
        assertThat(List.of(LocalTime.of(12, 12), LocalTime.of(0, 5), LocalTime.of(9, 30)))
                .extracting(WrittenTimes::written).containsExactly("12.12pm", "12.05am", "9.30am");
    }

    @Test
    void aDayWithoutATimeKeepsNoTime() {
        assertThat(WrittenTimes.dayAndPerhapsTime("19/01/2021"))
                .isEqualTo(new WrittenTimes.DayAndTime(LocalDate.of(2021, 1, 19), null));
        assertThat(WrittenTimes.dayAndPerhapsTime("19/01/2021 at 2.00pm"))
                .isEqualTo(new WrittenTimes.DayAndTime(LocalDate.of(2021, 1, 19), LocalTime.of(14, 0)));
    }

    @Test
    void whatIsNoDateIsRefusedSayingWhatIsRead() {
        for (String notADate : List.of("31/02/2021", "19/13/2021", "next Tuesday", "2021-1-19x", "")) {
            assertThatThrownBy(() -> WrittenTimes.date(notADate)).as(notADate)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("19/01/2021");
        }
        for (String notATime : List.of("13pm", "25:00", "12.60pm", "half past two")) {
            assertThatThrownBy(() -> WrittenTimes.time(notATime)).as(notATime)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2.00pm");
        }
    }

    @Test
    void aMeetingsTimeIsReadTheSameWay() {
        assertThat(MeetingTime.parse("18/11/2020 2.00pm")).isNotNull();
        assertThat(MeetingTime.parse("12.12pm").hasDate()).as("a time of the meeting's own day").isFalse();
        assertThatThrownBy(() -> MeetingTime.parse("twelve"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 November 2021 at 2.00 pm");
    }
}
