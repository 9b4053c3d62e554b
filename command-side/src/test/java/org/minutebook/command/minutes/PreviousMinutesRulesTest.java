package org.minutebook.command.minutes;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.Person;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.command.meetings.TheMinutes.CFOSC;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_2_NOV_2021;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_7_SEP_2021;
import static org.minutebook.command.meetings.TheMinutes.FRYER;
import static org.minutebook.command.meetings.TheMinutes.KAUFMAN;

/**
 * At the confirming meeting: "28. Minutes. The minutes of the meeting held on 7 September 2021 were taken as read,
 * confirmed and signed." (Leicestershire, 2 November 2021, Mrs H. Fryer CC in the Chair). The meeting of 7
 * September is reached through the {@link MinutesRegister} port, here a recording stand-in.
 */
class PreviousMinutesRulesTest {

    private static final MeetingStory MEETING = CFOSC_2_NOV_2021;
    private static final MeetingStory SEPTEMBER = CFOSC_7_SEP_2021;

    private final RecordingMinutesRegister earlierMeetings = new RecordingMinutesRegister();
    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    @BeforeEach
    void setUp() {
        fixture.registerInjectableResource(earlierMeetings);
    }

    @Test
    @DisplayName("The minutes of 7 September 2021 are confirmed and signed by the chair, here and on that meeting")
    void confirmPreviousMinutes() {
        List<Object> given = MEETING.inSession();
        fixture.given(given)
                .when(confirm(SEPTEMBER.date(), FRYER))
                .expectEvents(new PreviousMinutesConfirmed(MEETING.id(), MEETING.item("28"), SEPTEMBER.id(),
                        SEPTEMBER.date(), null, false, true, FRYER, null, null));
        assertEquals(List.of(new RecordMinutesConfirmation(SEPTEMBER.id(), SEPTEMBER.date(), MEETING.id(), CFOSC,
                MEETING.date(), FRYER, FRYER)), earlierMeetings.received());
    }

    @Test
    @DisplayName("When the meeting of 7 September refuses the confirmation, nothing is recorded here either")
    void refusalByTheConfirmedMeetingRecordsNothingHere() {
        earlierMeetings.refuseWith(MinutesRules.MINUTES_ALREADY_CONFIRMED.broken(
                "The minutes of meeting cfosc-2021-09-07 were already confirmed"));
        fixture.given(MEETING.inSession())
                .when(confirm(SEPTEMBER.date(), FRYER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("minutes-already-confirmed").at("confirmedMeetingId"));
    }

    @Test
    @DisplayName("The meeting of 7 September was not held on 8 September: the date this meeting gave is named")
    void refusalOfTheDateGivenNamesTheDate() {
        earlierMeetings.refuseWith(MinutesRules.CONFIRMED_DATE_MISMATCH.broken(
                "Meeting cfosc-2021-09-07 was held on 7 September 2021, not 8 September 2021").at("confirmedMeetingDate"));
        fixture.given(MEETING.inSession())
                .when(confirm(SEPTEMBER.date().plusDays(1), FRYER))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("confirmed-date-mismatch").at("confirmedMeetingDate"));
    }

    @Test
    @DisplayName("minutes-not-of-earlier-meeting: the meeting of 2 November 2021 does not confirm its own minutes")
    void minutesNotOfEarlierMeeting() {
        fixture.given(MEETING.inSession())
                .when(confirm(MEETING.date(), FRYER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("minutes-not-of-earlier-meeting").at("confirmedMeetingDate"));
        assertEquals(List.of(), earlierMeetings.received());
    }

    @Test
    @DisplayName("minutes-already-confirmed: the minutes of 7 September 2021 are confirmed once at this meeting")
    void minutesAlreadyConfirmed_atTheConfirmingMeeting() {
        fixture.given(MEETING.inSession())
                .andGiven(new PreviousMinutesConfirmed(MEETING.id(), MEETING.item("28"), SEPTEMBER.id(),
                        SEPTEMBER.date(), null, false, true, FRYER, null, null))
                .when(confirm(SEPTEMBER.date(), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("minutes-already-confirmed").at("confirmedMeetingDate"))
                .expectExceptionMessage("The minutes of 2021-09-07 are already confirmed at this meeting");
        assertEquals(List.of(), earlierMeetings.received());
    }

    @Test
    @DisplayName("only-chair-signs: Mr. J. Kaufman CC, not in the Chair, does not sign the minutes")
    void onlyChairSigns_atTheConfirmingMeeting() {
        fixture.given(MEETING.inSession())
                .when(confirm(SEPTEMBER.date(), KAUFMAN))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("only-chair-signs").at("signedBy"))
                .expectExceptionMessage("Mr. J. Kaufman CC did not preside at item 28 (Mrs. H. J. Fryer CC did), so"
                        + " cannot sign the minutes");
        assertEquals(List.of(), earlierMeetings.received());
    }

    @Test
    @DisplayName("The minutes of 7 September 2021 are confirmed on the motion of Mr. J. Kaufman CC, seconded by the "
            + "chair, as the page states it")
    void confirmationOnAMotionMovedAndSeconded() {
        fixture.given(MEETING.inSession())
                .when(new ConfirmPreviousMinutes(MEETING.id(), MEETING.item("28"), SEPTEMBER.id(), SEPTEMBER.date(),
                        null, false, false, null, KAUFMAN, FRYER, null))
                .expectEvents(new PreviousMinutesConfirmed(MEETING.id(), MEETING.item("28"), SEPTEMBER.id(),
                        SEPTEMBER.date(), null, false, false, null, KAUFMAN, FRYER));
    }

    @Test
    @DisplayName("mover-not-present: with a PRESENT list that does not name Mr. J. Kaufman CC, he cannot move that "
            + "the minutes of 7 September 2021 be confirmed")
    void theConfirmationsMoverIsPresent() {
        fixture.given(MEETING.inSessionWith(FRYER))
                .when(new ConfirmPreviousMinutes(MEETING.id(), MEETING.item("28"), SEPTEMBER.id(), SEPTEMBER.date(),
                        null, false, false, null, KAUFMAN, FRYER, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("mover-not-present").at("movedBy"));
        assertEquals(List.of(), earlierMeetings.received());
    }

    private static ConfirmPreviousMinutes confirm(LocalDate confirmedMeetingDate, Person signedBy) {
        return new ConfirmPreviousMinutes(MEETING.id(), MEETING.item("28"), SEPTEMBER.id(), confirmedMeetingDate,
                null, false, false, signedBy, null, null, null);
    }
}
