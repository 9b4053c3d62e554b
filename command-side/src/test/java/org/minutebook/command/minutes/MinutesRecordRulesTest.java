package org.minutebook.command.minutes;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.Person;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesSigned;

import java.time.LocalDate;
import java.util.List;

import static org.minutebook.command.meetings.TheMinutes.CFOSC;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_18_NOV_2020;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_19_JAN_2021;
import static org.minutebook.command.meetings.TheMinutes.CYPE_14_JAN_2025;
import static org.minutebook.command.meetings.TheMinutes.FRYER;
import static org.minutebook.command.meetings.TheMinutes.KAUFMAN;
import static org.minutebook.command.meetings.TheMinutes.LEICESTER_CYP;

/**
 * On the confirmed meeting: Leicestershire's committee of 18 November 2020 (9.30am – 12.12pm) has its minutes
 * confirmed at its next meeting, "held on 19 January 2021 at 2.00 pm", and signed by that meeting's chair.
 */
class MinutesRecordRulesTest {

    private static final MeetingStory MEETING = CFOSC_18_NOV_2020;
    private static final MeetingStory JANUARY = CFOSC_19_JAN_2021;
    private static final LocalDate FIRST_OF_SEPTEMBER_2020 = LocalDate.of(2020, 9, 1);

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    @Test
    @DisplayName("Confirmed and signed on 19 January 2021: both facts are recorded on the meeting of 18 November")
    void recordMinutesConfirmation() {
        List<Object> given = MEETING.afterTheClose();
        fixture.given(given)
                .when(confirmedInJanuary(FRYER))
                .expectEvents(minutesConfirmedInJanuary(), signedInJanuary());
    }

    @Test
    @DisplayName("Mrs. H. J. Fryer CC, chair on 19 January 2021, signs the confirmed minutes")
    void signMinutes() {
        fixture.given(MEETING.afterTheClose())
                .andGiven(minutesConfirmedInJanuary())
                .when(new SignMinutes(MEETING.id(), FRYER, JANUARY.id(), null))
                .expectEvents(signedInJanuary());
    }

    @Test
    @DisplayName("meeting-not-closed: a meeting still in session has no minutes to confirm")
    void meetingNotClosed() {
        fixture.given(MEETING.inSession())
                .when(confirmedInJanuary(null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("meeting-not-closed"));
    }

    @Test
    @DisplayName("minutes-of-other-committee: Leicester's commission does not confirm Leicestershire's minutes")
    void minutesOfOtherCommittee() {
        fixture.given(MEETING.afterTheClose())
                .when(confirmation(CYPE_14_JAN_2025.id(), LEICESTER_CYP, CYPE_14_JAN_2025.date(), MEETING.date()))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("minutes-of-other-committee").at("atCommitteeId"));
    }

    @Test
    @DisplayName("minutes-not-confirmed-at-later-meeting: the meeting of 1 September 2020 came before, not after")
    void minutesNotConfirmedAtLaterMeeting() {
        fixture.given(MEETING.afterTheClose())
                .when(confirmation("cfosc-2020-09-01", CFOSC, FIRST_OF_SEPTEMBER_2020, MEETING.date()))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("minutes-not-confirmed-at-later-meeting").at("atMeetingDate"));
    }

    @Test
    @DisplayName("confirmed-date-mismatch: the minutes of 1 September 2020 are not those of 18 November 2020")
    void confirmedDateMismatch() {
        fixture.given(MEETING.afterTheClose())
                .when(confirmation(JANUARY.id(), CFOSC, JANUARY.date(), FIRST_OF_SEPTEMBER_2020))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("confirmed-date-mismatch").at("confirmedMeetingDate"))
                .expectExceptionMessage("Meeting cfosc-2020-11-18 was held on 18 November 2020, not 1 September 2020");
    }

    @Test
    @DisplayName("minutes-already-confirmed: confirmed on 19 January 2021, not again on 9 March 2021")
    void minutesAlreadyConfirmed_onTheConfirmedMeeting() {
        fixture.given(MEETING.afterTheClose())
                .andGiven(minutesConfirmedInJanuary())
                .when(confirmation("cfosc-2021-03-09", CFOSC, LocalDate.of(2021, 3, 9), MEETING.date()))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("minutes-already-confirmed"))
                .expectExceptionMessage("The minutes of meeting cfosc-2020-11-18 were already confirmed at "
                        + "cfosc-2021-01-19");
    }

    @Test
    @DisplayName("minutes-not-confirmed: minutes are signed once a later meeting has confirmed them")
    void minutesNotConfirmed() {
        fixture.given(MEETING.afterTheClose())
                .when(new SignMinutes(MEETING.id(), FRYER, JANUARY.id(), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("minutes-not-confirmed"));
    }

    @Test
    @DisplayName("minutes-already-signed: the CHAIRMAN's signature is on the minutes once")
    void minutesAlreadySigned() {
        fixture.given(MEETING.afterTheClose())
                .andGiven(minutesConfirmedInJanuary(), signedInJanuary())
                .when(new SignMinutes(MEETING.id(), FRYER, JANUARY.id(), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("minutes-already-signed"));
    }

    @Test
    @DisplayName("only-chair-signs: Mr. J. Kaufman CC was not the chair of 19 January 2021, so does not sign")
    void onlyChairSigns_onTheConfirmedMeeting() {
        fixture.given(MEETING.afterTheClose())
                .andGiven(minutesConfirmedInJanuary())
                .when(new SignMinutes(MEETING.id(), KAUFMAN, JANUARY.id(), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("only-chair-signs").at("signedBy"))
                .expectExceptionMessage("Only the chair of meeting cfosc-2021-01-19 (Mrs. H. J. Fryer CC), which "
                        + "confirmed these minutes, signs them");
    }

    @Test
    @DisplayName("only-chair-signs: minutes confirmed on 19 January 2021 are signed there, not at 18 November 2020")
    void onlyChairSigns_atAnotherMeeting() {
        fixture.given(MEETING.afterTheClose())
                .andGiven(minutesConfirmedInJanuary())
                .when(new SignMinutes(MEETING.id(), FRYER, MEETING.id(), null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("only-chair-signs").at("atMeetingId"));
    }

    private static RecordMinutesConfirmation confirmedInJanuary(Person signedBy) {
        return new RecordMinutesConfirmation(MEETING.id(), MEETING.date(), JANUARY.id(), CFOSC, JANUARY.date(),
                FRYER, signedBy);
    }

    private static RecordMinutesConfirmation confirmation(String atMeetingId, String atCommitteeId,
                                                          LocalDate atMeetingDate, LocalDate confirmedMeetingDate) {
        return new RecordMinutesConfirmation(MEETING.id(), confirmedMeetingDate, atMeetingId, atCommitteeId,
                atMeetingDate, FRYER, null);
    }

    private static MinutesConfirmed minutesConfirmedInJanuary() {
        return new MinutesConfirmed(MEETING.id(), JANUARY.id(), FRYER);
    }

    private static MinutesSigned signedInJanuary() {
        return new MinutesSigned(MEETING.id(), FRYER, JANUARY.id());
    }
}
