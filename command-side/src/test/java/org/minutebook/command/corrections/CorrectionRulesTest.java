package org.minutebook.command.corrections;

import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CoreMatchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.attendance.RecordAttendance;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.command.platform.InvalidRequest;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.meetings.MeetingRole;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.minutes.MinutesConfirmed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.minutebook.command.meetings.TheMinutes.BONHAM;
import static org.minutebook.command.meetings.TheMinutes.COLE;
import static org.minutebook.command.meetings.TheMinutes.CYPE_14_JAN_2025;
import static org.minutebook.command.meetings.TheMinutes.CYPE_29_OCT_2024;
import static org.minutebook.command.meetings.TheMinutes.CYPE_EARLY_2025;
import static org.minutebook.command.meetings.TheMinutes.GREGG;
import static org.minutebook.command.meetings.TheMinutes.LEICESTER_CHAIR;

/**
 * "It was noted that there was an error in the minutes from 29th October 2024. Cllr Greg was erroneously noted as
 * being the Vice-Chair when this was not the case. Cllr Bonham was the Vice-Chair, who was present at the meeting."
 * (Leicester, early 2025). A recorded fact is corrected, never rewritten, also after the meeting closed; the
 * corrected fact is decided as the original was, and from then on it is the record the rules read.
 */
class CorrectionRulesTest {

    private static final MeetingStory MEETING = CYPE_29_OCT_2024;
    private static final MeetingRoleTaken GREG_NOTED_AS_VICE_CHAIR =
            new MeetingRoleTaken(MEETING.id(), MeetingRole.VICE_CHAIR, new Person(null, "Cllr Greg"), null);
    private static final Map<String, Object> BONHAM_AS_VICE_CHAIR =
            Map.of("person", Map.of("id", BONHAM.id(), "name", "Cllr Bonham"));
    private static final String REASON = "Cllr Greg was erroneously noted as being the Vice-Chair when this was not "
            + "the case. Cllr Bonham was the Vice-Chair, who was present at the meeting.";

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    @Test
    @DisplayName("The error in the confirmed minutes of 29 October 2024 is corrected, noted at the early 2025 meeting")
    void correctFact() {
        List<Object> given = confirmedMinutes();
        fixture.given(given)
                .when(correction(vicechair(), BONHAM_AS_VICE_CHAIR, CYPE_EARLY_2025.id()))
                .expectEventsMatching(recorded(new FactCorrected(MEETING.id(), vicechair(),
                        "minutebook.MeetingRoleTaken", bonhamAsViceChairInFull(), REASON, LEICESTER_CHAIR,
                        CYPE_EARLY_2025.id())));
    }

    @Test
    @DisplayName("meeting-closed does not hold a correction back: the closed meeting's record is corrected")
    void correctionIsAllowedAfterTheMeetingClosed() {
        fixture.given(minutedAsClosed())
                .when(correction(vicechair(), BONHAM_AS_VICE_CHAIR, null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(recorded(new FactCorrected(MEETING.id(), vicechair(),
                        "minutebook.MeetingRoleTaken", bonhamAsViceChairInFull(), REASON, LEICESTER_CHAIR, null)));
    }

    @Test
    @DisplayName("A fact struck out is no longer the record: Councillor Cole's apology, struck out, lets him be present")
    void theRulesReadTheCorrectedRecord() {
        List<Object> given = MEETING.inSession();
        given.add(new ApologyRecorded(MEETING.id(), COLE, null));
        long apology = given.size() - 1;
        given.add(new FactCorrected(MEETING.id(), apology, "minutebook.ApologyRecorded", null,
                "Councillor Cole attended after all", LEICESTER_CHAIR, null));
        fixture.given(given)
                .when(new RecordAttendance(MEETING.id(), COLE, null))
                .expectEvents(new MemberAttended(MEETING.id(), COLE));
    }

    @Test
    @DisplayName("present-and-absent: an apology is not corrected into the name of a member recorded present")
    void aCorrectionKeepsTheRulesOfTheFactItCorrects() {
        List<Object> given = MEETING.inSession();
        given.add(new MemberAttended(MEETING.id(), COLE));
        given.add(new ApologyRecorded(MEETING.id(), GREGG, null));
        fixture.given(given)
                .when(correction(given.size() - 1, Map.of("member", Map.of("id", COLE.id(), "name", COLE.name())),
                        null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("present-and-absent").at("replacement.member"));
    }

    @Test
    @DisplayName("A replacement with a field the fact does not have is refused, naming the field")
    void unknownFieldOfTheReplacement() {
        fixture.given(minutedAsClosed())
                .when(correction(vicechair(), Map.of("member", "x"), null))
                .expectNoEvents()
                .expectException(InvalidRequest.class)
                .expectExceptionMessage("The member of the correction: is not a field of minutebook.MeetingRoleTaken"
                        + " (its fields: fromItemId, meetingId, person, role)");
    }

    @Test
    @DisplayName("A replacement with a value of the wrong type is refused, naming the field")
    void mistypedFieldOfTheReplacement() {
        fixture.given(minutedAsClosed())
                .when(correction(vicechair(), Map.of("role", "DEPUTY"), null))
                .expectNoEvents()
                .expectException(InvalidRequest.class)
                .expectExceptionMessage("The role of the correction: is not a value this field takes (wrong type or"
                        + " format)");
    }

    @Test
    @DisplayName("A replacement is checked as the command that records the fact checks its fields")
    void aReplacementKeepsTheFieldRulesOfItsCommand() {
        fixture.given(minutedAsClosed())
                .when(correction(vicechair(), Map.of("person", Map.of("id", "not an id!", "name", "Cllr Bonham")),
                        null))
                .expectNoEvents()
                .expectException(InvalidRequest.class);
    }

    @Test
    @DisplayName("correction-of-correction: a correction is not itself corrected; the fact is corrected again")
    void correctionOfCorrection() {
        List<Object> given = minutedAsClosed();
        given.add(new FactCorrected(MEETING.id(), vicechair(), "minutebook.MeetingRoleTaken", bonhamAsViceChairInFull(),
                REASON, LEICESTER_CHAIR, null));
        fixture.given(given)
                .when(correction(given.size() - 1, BONHAM_AS_VICE_CHAIR, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("correction-of-correction").at("correctsSequenceNumber"));
    }

    @Test
    @DisplayName("correction-target-unknown: the meeting of 29 October 2024 has no 100th fact to correct")
    void correctionTargetUnknown() {
        fixture.given(minutedAsClosed())
                .when(correction(99L, BONHAM_AS_VICE_CHAIR, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("correction-target-unknown").at("correctsSequenceNumber"))
                .expectExceptionMessage("Meeting leicester-cyp-2024-10-29 has no event with sequence number 99");
    }

    @Test
    @DisplayName("correction-must-name-meeting: once the minutes are confirmed, a correction is noted at a meeting")
    void correctionMustNameMeeting() {
        fixture.given(confirmedMinutes())
                .when(correction(vicechair(), BONHAM_AS_VICE_CHAIR, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("correction-must-name-meeting").at("notedAtMeetingId"));
    }

    @Test
    @DisplayName("correction-noted-at-own-meeting: the error of 29 October 2024 is noted at a later meeting")
    void correctionNotedAtOwnMeeting() {
        fixture.given(confirmedMinutes())
                .when(correction(vicechair(), BONHAM_AS_VICE_CHAIR, MEETING.id()))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("correction-noted-at-own-meeting").at("notedAtMeetingId"));
    }

    /** The meeting as first minuted: Cllr Greg recorded as Vice-Chair, then the close. */
    private static List<Object> minutedAsClosed() {
        List<Object> events = MEETING.inSession();
        events.add(GREG_NOTED_AS_VICE_CHAIR);
        events.add(MEETING.closed());
        return events;
    }

    /** ... and its minutes confirmed as a correct record at the meeting of 14 January 2025 (assumed). */
    private static List<Object> confirmedMinutes() {
        List<Object> events = minutedAsClosed();
        events.add(new MinutesConfirmed(MEETING.id(), CYPE_14_JAN_2025.id(), LEICESTER_CHAIR));
        return events;
    }

    /** The sequence number of the fact to correct: Cllr Greg noted as Vice-Chair. */
    private static long vicechair() {
        return minutedAsClosed().indexOf(GREG_NOTED_AS_VICE_CHAIR);
    }

    /** The corrected fact as the correction records it: every field of the event. */
    private static Map<String, Object> bonhamAsViceChairInFull() {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", BONHAM.id());
        person.put("name", "Cllr Bonham");
        person.put("role", null);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("meetingId", MEETING.id());
        fields.put("role", "VICE_CHAIR");
        fields.put("person", person);
        fields.put("fromItemId", null);
        return fields;
    }

    /** Exactly this event, compared by its equality (a replacement's fields are maps, read from JSON). */
    private static Matcher<List<Message<?>>> recorded(Object event) {
        return Matchers.exactSequenceOf(Matchers.messageWithPayload(CoreMatchers.equalTo(event)), Matchers.andNoMore());
    }

    private static CorrectFact correction(long sequenceNumber, Map<String, Object> replacement,
                                          String notedAtMeetingId) {
        return new CorrectFact(MEETING.id(), sequenceNumber, replacement, REASON, LEICESTER_CHAIR, notedAtMeetingId,
                null);
    }
}
