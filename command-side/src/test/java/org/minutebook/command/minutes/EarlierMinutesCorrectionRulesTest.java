package org.minutebook.command.minutes;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.minutes.EarlierMinutesCorrectionNoted;

import java.time.LocalDate;

import static org.minutebook.command.meetings.TheMinutes.CYPE_EARLY_2025;

/** 001 notes an error in the minutes of 29 October 2024, a meeting this record may not hold. */
class EarlierMinutesCorrectionRulesTest {

    private static final MeetingStory MEETING = CYPE_EARLY_2025;
    private static final String ERROR = "It was noted that there was an error in the minutes from 29th October 2024."
            + " Cllr Greg was erroneously noted as being the Vice-Chair when this was not the case. Cllr Bonham was the"
            + " Vice-Chair, who was present at the meeting.";

    @Test
    @DisplayName("The error in the minutes of 29 October 2024 is recorded where it was noted, with that date")
    void noteEarlierMinutesCorrection() {
        MEETING.fixture().given(MEETING.inSession())
                .when(new NoteEarlierMinutesCorrection(MEETING.id(), MEETING.item("minutes"), null,
                        LocalDate.of(2024, 10, 29), ERROR, null))
                .expectEvents(new EarlierMinutesCorrectionNoted(MEETING.id(), MEETING.item("minutes"), null,
                        LocalDate.of(2024, 10, 29), ERROR));
    }

    @Test
    @DisplayName("minutes-not-of-earlier-meeting: a correction noted on 25 February is of minutes before it")
    void correctionOfALaterMeeting() {
        MEETING.fixture().given(MEETING.inSession())
                .when(new NoteEarlierMinutesCorrection(MEETING.id(), MEETING.item("minutes"), null,
                        LocalDate.of(2025, 3, 25), ERROR, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("minutes-not-of-earlier-meeting").at("correctedMeetingDate"));
    }
}
