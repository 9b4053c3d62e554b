package org.minutebook.command.corrections;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.minutes.MinutesConfirmed;

import java.util.List;
import java.util.Map;

import static org.minutebook.command.meetings.MeetingStory.nextVersionAfter;
import static org.minutebook.command.meetings.TheMinutes.BONHAM;
import static org.minutebook.command.meetings.TheMinutes.CYPE_14_JAN_2025;
import static org.minutebook.command.meetings.TheMinutes.CYPE_29_OCT_2024;
import static org.minutebook.command.meetings.TheMinutes.CYPE_EARLY_2025;
import static org.minutebook.command.meetings.TheMinutes.GREGG;
import static org.minutebook.command.meetings.TheMinutes.LEICESTER_CHAIR;

/**
 * "It was noted that there was an error in the minutes from 29th October 2024. Cllr Greg was erroneously noted as
 * being the Vice-Chair when this was not the case. Cllr Bonham was the Vice-Chair, who was present at the meeting."
 * (Leicester, early 2025). A recorded fact is corrected, never rewritten, also after the meeting closed.
 */
class CorrectionRulesTest {

    private static final MeetingStory MEETING = CYPE_29_OCT_2024;
    private static final MemberAttended GREGG_NOTED_AS_VICE_CHAIR =
            MEETING.attended(new Person(GREGG.id(), "Cllr Gregg (Vice-Chair)"));
    private static final Map<String, Object> BONHAM_AS_VICE_CHAIR =
            Map.of("member", Map.of("id", BONHAM.id(), "name", "Cllr Bonham (Vice-Chair)"));
    private static final String REASON = "Cllr Greg was erroneously noted as being the Vice-Chair when this was not "
            + "the case. Cllr Bonham was the Vice-Chair, who was present at the meeting.";

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    @Test
    @DisplayName("The error in the confirmed minutes of 29 October 2024 is corrected, noted at the early 2025 meeting")
    void correctFact() {
        List<Object> given = confirmedMinutes();
        fixture.given(given)
                .when(correction(greggsAttendance(), CYPE_EARLY_2025.id()))
                .expectEvents(new FactCorrected(MEETING.id(), greggsAttendance(), MemberAttended.class.getName(),
                        BONHAM_AS_VICE_CHAIR, REASON, LEICESTER_CHAIR, CYPE_EARLY_2025.id()))
                .expectResultMessagePayload(nextVersionAfter(given));
    }

    @Test
    @DisplayName("meeting-closed does not hold a correction back: the closed meeting's record is corrected")
    void correctionIsAllowedAfterTheMeetingClosed() {
        fixture.given(minutedAsClosed())
                .when(correction(greggsAttendance(), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FactCorrected(MEETING.id(), greggsAttendance(), MemberAttended.class.getName(),
                        BONHAM_AS_VICE_CHAIR, REASON, LEICESTER_CHAIR, null));
    }

    @Test
    @DisplayName("correction-target-unknown: the meeting of 29 October 2024 has no 100th fact to correct")
    void correctionTargetUnknown() {
        fixture.given(minutedAsClosed())
                .when(correction(99L, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("correction-target-unknown"))
                .expectExceptionMessage("Meeting leicester-cyp-2024-10-29 has no event with sequence number 99");
    }

    @Test
    @DisplayName("correction-must-name-meeting: once the minutes are confirmed, a correction is noted at a meeting")
    void correctionMustNameMeeting() {
        fixture.given(confirmedMinutes())
                .when(correction(greggsAttendance(), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("correction-must-name-meeting"));
    }

    @Test
    @DisplayName("correction-noted-at-own-meeting: the error of 29 October 2024 is noted at a later meeting")
    void correctionNotedAtOwnMeeting() {
        fixture.given(confirmedMinutes())
                .when(correction(greggsAttendance(), MEETING.id()))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("correction-noted-at-own-meeting"));
    }

    /** The meeting as first minuted: Cllr Gregg recorded present as Vice-Chair, then the close. */
    private static List<Object> minutedAsClosed() {
        List<Object> events = MEETING.inSession();
        events.add(GREGG_NOTED_AS_VICE_CHAIR);
        events.add(MEETING.closed());
        return events;
    }

    /** ... and its minutes confirmed as a correct record at the meeting of 14 January 2025 (assumed). */
    private static List<Object> confirmedMinutes() {
        List<Object> events = minutedAsClosed();
        events.add(new MinutesConfirmed(MEETING.id(), CYPE_14_JAN_2025.id(), LEICESTER_CHAIR));
        return events;
    }

    /** The sequence number of the fact to correct: Cllr Gregg noted as Vice-Chair. */
    private static long greggsAttendance() {
        return minutedAsClosed().indexOf(GREGG_NOTED_AS_VICE_CHAIR);
    }

    private static CorrectFact correction(long sequenceNumber, String notedAtMeetingId) {
        return new CorrectFact(MEETING.id(), sequenceNumber, BONHAM_AS_VICE_CHAIR, REASON, LEICESTER_CHAIR,
                notedAtMeetingId, null);
    }
}
