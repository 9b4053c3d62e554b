package org.minutebook.command.corrections;

import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CoreMatchers;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.command.platform.InvalidRequest;
import org.minutebook.events.Person;
import org.minutebook.events.agenda.AgendaReordered;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.business.WrittenReplyPromised;
import org.minutebook.events.business.WrittenReplySent;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.imports.MinutesImported;
import org.minutebook.events.minutes.MinutesConfirmed;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.minutebook.command.meetings.TheMinutes.COLE;
import static org.minutebook.command.meetings.TheMinutes.CYPE_14_JAN_2025;
import static org.minutebook.command.meetings.TheMinutes.CYPE_29_OCT_2024;
import static org.minutebook.command.meetings.TheMinutes.LEICESTER_CHAIR;

/**
 * A correction obeys every rule of the fact it corrects, also of facts no command records on its own: the meeting of
 * 29 October 2024 at City Hall, Leicester (called for 5.30pm, closed at 7.45pm), its schedule, its opening and close,
 * a late arrival, a written reply, its agenda's order, corrected one way after another that the rules refuse — each
 * refused naming the field or the rule, and nothing recorded.
 */
class CorrectionsUnderEveryRuleTest {

    private static final MeetingStory MEETING = CYPE_29_OCT_2024;
    private static final long SCHEDULED = 0;
    private static final String WELCOME = MEETING.item("welcome");

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    // --- the schedule: the fields and rules of ScheduleMeeting

    @Test
    @DisplayName("committee-not-registered: the meeting is not corrected into a committee no one registered")
    void scheduleOfAnUnknownCommittee() {
        fixture.given(MEETING.afterTheClose())
                .when(correction(SCHEDULED, Map.of("committeeId", "no-such-committee")))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("committee-not-registered").at("replacement.committeeId"));
    }

    @Test
    @DisplayName("A meeting is not corrected into one of no committee at all")
    void scheduleOfNoCommittee() {
        expectRefusedNaming(MEETING.afterTheClose(), SCHEDULED, nulled("committeeId"), "replacement.committeeId");
    }

    @Test
    @DisplayName("A title of a million characters is refused, as scheduling refuses it")
    void scheduleWithAMillionCharacterTitle() {
        expectRefusedNaming(MEETING.afterTheClose(), SCHEDULED, Map.of("title", "T".repeat(1_000_000)),
                "replacement.title");
    }

    @Test
    @DisplayName("A title of two lines is refused: a title is one line of plain text")
    void scheduleWithATitleOfTwoLines() {
        expectRefusedNaming(MEETING.afterTheClose(), SCHEDULED, Map.of("title", "Scrutiny Commission\r\nInjected"),
                "replacement.title");
    }

    @Test
    @DisplayName("A javascript: webcast link is refused: a webcast is a URL to follow")
    void scheduleWithAScriptForAWebcast() {
        expectRefusedNaming(MEETING.afterTheClose(), SCHEDULED, Map.of("webcastUrl", "javascript:alert(1)"),
                "replacement.webcastUrl");
    }

    @Test
    @DisplayName("Twenty thousand contacts are refused: a meeting names at most twenty")
    void scheduleWithTwentyThousandContacts() {
        List<Map<String, String>> contacts = Collections.nCopies(20_000, Map.of("name", "Gemma Duckworth"));
        expectRefusedNaming(MEETING.afterTheClose(), SCHEDULED, Map.of("contacts", contacts), "replacement.contacts");
    }

    @Test
    @DisplayName("The year +999999999 is refused: the record's dates are in the years 1800 to 2200")
    void scheduleInTheYearNineHundredMillion() {
        fixture.given(MEETING.afterTheClose())
                .when(correction(SCHEDULED, Map.of("date", "+999999999-10-29")))
                .expectNoEvents()
                .expectException(InvalidRequest.class)
                .expectExceptionMessage("The date of the correction: the year 999999999 is outside the years 1800 to 2200");
    }

    @Test
    @DisplayName("correction-recorded-otherwise: a meeting keeps its committee's time zone, not Mars/Olympus")
    void scheduleOnMars() {
        fixture.given(MEETING.afterTheClose())
                .when(correction(SCHEDULED, Map.of("timeZone", "Mars/Olympus")))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("correction-recorded-otherwise").at("replacement.timeZone"));
    }

    @Test
    @DisplayName("opened-on-other-day: the schedule is not moved to another day than the meeting was held on")
    void scheduleMovedAwayFromTheDayItWasHeld() {
        fixture.given(MEETING.afterTheClose())
                .when(correction(SCHEDULED, Map.of("date", "2024-10-30")))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("opened-on-other-day").at("replacement"));
    }

    @Test
    @DisplayName("The venue of the meeting of 29 October 2024 is corrected, the schedule decided again")
    void scheduleCorrected() {
        List<Object> given = MEETING.afterTheClose();
        fixture.given(given)
                .when(correction(SCHEDULED, Map.of("venue", "Meeting Room G.01, City Hall")))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(correctedTo("venue", "Meeting Room G.01, City Hall"));
    }

    @Test
    @DisplayName("schedule-not-struck-out: the meeting of 29 October 2024 is cancelled or corrected, not unscheduled")
    void scheduleStruckOut() {
        fixture.given(MEETING.beforeOpening())
                .when(struckOut(SCHEDULED))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("schedule-not-struck-out").at("replacement"));
    }

    // --- the meeting's moves: decided in their place on the timeline

    @Test
    @DisplayName("close-before-start: the close is not corrected to 5.00pm, before the opening at 5.30pm")
    void closeBeforeTheOpening() {
        List<Object> given = MEETING.afterTheClose();
        fixture.given(given)
                .when(correction(given.size() - 1, Map.of("closedAt", "17:00:00")))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("close-before-start").at("replacement.closedAt"));
    }

    @Test
    @DisplayName("close-before-start: the opening is not corrected to 8.00pm, after the close at 7.45pm")
    void openingAfterTheClose() {
        List<Object> given = MEETING.afterTheClose();
        fixture.given(given)
                .when(correction(given.size() - 2, Map.of("openedAt", "2024-10-29T20:00:00")))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("close-before-start").at("replacement"));
    }

    @Test
    @DisplayName("The opening is corrected to 5.35pm: the close at 7.45pm still follows it")
    void openingCorrected() {
        List<Object> given = MEETING.afterTheClose();
        fixture.given(given)
                .when(correction(given.size() - 2, Map.of("openedAt", "2024-10-29T17:35:00")))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(correctedTo("openedAt", "2024-10-29T17:35:00"));
    }

    @Test
    @DisplayName("meeting-not-open: the opening is not struck out of a meeting whose close is recorded")
    void openingStruckOutBeforeTheClose() {
        List<Object> given = MEETING.afterTheClose();
        fixture.given(given)
                .when(struckOut(given.size() - 2))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("meeting-not-open").at("replacement"));
    }

    @Test
    @DisplayName("The close struck out: the meeting of 29 October 2024 is in session again, as its record now says")
    void closeStruckOut() {
        List<Object> given = MEETING.afterTheClose();
        fixture.given(given)
                .when(struckOut(given.size() - 1))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.exactSequenceOf(Matchers.messageWithPayload(
                        CoreMatchers.instanceOf(FactCorrected.class)), Matchers.andNoMore()));
    }

    // --- attendance, questions, the agenda's order

    @Test
    @DisplayName("member-not-present: a late arrival is not corrected to a member no one recorded present")
    void lateArrivalOfAnUnknownMember() {
        List<Object> given = MEETING.inSession();
        given.add(new MemberAttended(MEETING.id(), COLE));
        given.add(new MemberArrivedLate(MEETING.id(), COLE, WELCOME));
        fixture.given(given)
                .when(correction(given.size() - 1,
                        Map.of("member", Map.of("id", "cllr-march", "name", "Councillor March"))))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("member-not-present").at("replacement.member"));
    }

    @Test
    @DisplayName("unknown-agenda-item: a late arrival is not corrected to an item the agenda does not hold")
    void lateArrivalDuringAnUnknownItem() {
        List<Object> given = MEETING.inSession();
        given.add(new MemberAttended(MEETING.id(), COLE));
        given.add(new MemberArrivedLate(MEETING.id(), COLE, WELCOME));
        fixture.given(given)
                .when(correction(given.size() - 1, Map.of("itemId", "item-99")))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("unknown-agenda-item").at("replacement.itemId"));
    }

    @Test
    @DisplayName("unknown-question: a written reply sent is not corrected to answer a question never asked")
    void writtenReplyToAnUnknownQuestion() {
        List<Object> given = MEETING.afterTheClose();
        given.add(new QuestionAsked(MEETING.id(), WELCOME, "q-1", QuestionKind.PUBLIC, new Person(null, "Mr Sharma"),
                null, "When will the report be published?", null, false));
        given.add(new WrittenReplyPromised(MEETING.id(), "q-1", false, LEICESTER_CHAIR));
        given.add(new WrittenReplySent(MEETING.id(), "q-1", false, LocalDate.of(2024, 11, 5)));
        fixture.given(given)
                .when(correction(given.size() - 1, Map.of("questionId", "q-unknown")))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("unknown-question").at("replacement.questionId"));
    }

    @Test
    @DisplayName("unknown-agenda-item: the agenda's order is not corrected to name an item it does not hold")
    void reorderNamingAnUnknownItem() {
        List<Object> given = MEETING.afterTheClose();
        given.add(new AgendaReordered(MEETING.id(), List.of(WELCOME)));
        fixture.given(given)
                .when(correction(given.size() - 1, Map.of("itemIds", List.of("item-99"))))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("reorder-not-every-item").at("replacement.itemIds"));
    }

    // --- facts not corrected here

    @Test
    @DisplayName("correction-of-confirmation: the confirmation of these minutes is corrected where it was recorded")
    void correctionOfTheConfirmation() {
        List<Object> given = MEETING.afterTheClose();
        given.add(new MinutesConfirmed(MEETING.id(), CYPE_14_JAN_2025.id(), LEICESTER_CHAIR));
        fixture.given(given)
                .when(new CorrectFact(MEETING.id(), (long) given.size() - 1, Map.of("atMeetingId", "elsewhere"),
                        "Wrong meeting", LEICESTER_CHAIR, CYPE_14_JAN_2025.id(), null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("correction-of-confirmation").at("correctsSequenceNumber"));
    }

    @Test
    @DisplayName("correction-of-import: the page an import read is imported again, not corrected")
    void correctionOfAnImportedPage() {
        List<Object> given = MEETING.afterTheClose();
        given.add(new MinutesImported(MEETING.id(), "page.txt", "0".repeat(64), "The minutes", List.of()));
        fixture.given(given)
                .when(correction(given.size() - 1, Map.of("text", "Other minutes")))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("correction-of-import").at("correctsSequenceNumber"));
    }

    private void expectRefusedNaming(List<Object> given, long sequenceNumber, Map<String, Object> replacement,
                                     String field) {
        fixture.given(given)
                .when(correction(sequenceNumber, replacement))
                .expectNoEvents()
                .expectException(InvalidRequest.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith(
                        org.minutebook.command.platform.FieldWords.capitalised(field) + ":"));
    }

    /** One correction, its replacement holding the field as given. */
    private static Matcher<List<Message<?>>> correctedTo(String field, Object value) {
        return Matchers.exactSequenceOf(Matchers.messageWithPayload(new TypeSafeMatcher<FactCorrected>() {
            @Override
            protected boolean matchesSafely(FactCorrected correction) {
                return value.equals(correction.replacement().get(field));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a correction to " + field + " " + value);
            }
        }), Matchers.andNoMore());
    }

    private static Map<String, Object> nulled(String field) {
        Map<String, Object> replacement = new HashMap<>();
        replacement.put(field, null);
        return replacement;
    }

    private static CorrectFact struckOut(long sequenceNumber) {
        return new CorrectFact(MEETING.id(), sequenceNumber, null, "Recorded in error", LEICESTER_CHAIR, null, null);
    }

    private static CorrectFact correction(long sequenceNumber, Map<String, Object> replacement) {
        return new CorrectFact(MEETING.id(), sequenceNumber, replacement, "The minutes were wrong", LEICESTER_CHAIR,
                null, null);
    }
}
