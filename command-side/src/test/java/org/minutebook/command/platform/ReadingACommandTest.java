package org.minutebook.command.platform;

import org.junit.jupiter.api.Test;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.meetings.ScheduleMeeting;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerMapping;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A clerk's tool sends a command about the meeting of the Children and Families committee; what it sends is read
 * as one thing only, or refused naming the field — never guessed at, never stored half-understood.
 */
class ReadingACommandTest {

    private final CommandBodyResolver resolver = new CommandBodyResolver(Jackson2ObjectMapperBuilder.json().build(),
            ContractConstraints.validator());
    private Map<String, String> pathVariables = Map.of();

    @Test
    void aWellFormedMeetingIsRead() throws Exception {
        ScheduleMeeting meeting = (ScheduleMeeting) read(ScheduleMeeting.class, """
                {"meetingId": "cfosc-2021-11-02", "committeeId": "cfosc", "date": "2021-11-02",
                 "title": "Children and Families Overview and Scrutiny Committee",
                 "venue": "County Hall,\\u200F Glenfield"}""", null);

        assertThat(meeting.title()).isEqualTo("Children and Families Overview and Scrutiny Committee");
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2021, 11, 2));
    }

    @Test
    void aTitleGivenTwiceIsRefused() {
        assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": "Budget", "title": "Minutes"}""", "");
    }

    @Test
    void contentAfterTheCommandIsRefused() {
        assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": "Budget"} {"title": "Minutes"}""", "");
    }

    @Test
    void aCommandNestedDeeperThan32LevelsIsRefused() {
        String deep = "[".repeat(40) + "]".repeat(40);

        assertRefused(ScheduleMeeting.class, "{\"meetingId\": \"m\", \"committeeId\": \"c\", \"title\": \"T\","
                + " \"extra\": " + deep + "}", "");
    }

    @Test
    void anOperatorWhereATitleIsExpectedIsAWronglyTypedTitle() {
        assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": {"$gt": ""}}""", "title");
    }

    @Test
    void aNumberWhereATitleIsExpectedIsAWronglyTypedTitle() {
        assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": 2021}""", "title");
    }

    @Test
    void aDateAsANumberIsRefused() {
        assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": "T", "date": 18933}""", "date");
    }

    @Test
    void theYearMinusOneIsRefusedNamingTheYears() {
        InvalidRequest refused = assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": "T", "date": "-0001-11-02"}""", "date");

        assertThat(refused.errors().get(0).message()).contains("1800 to 2200");
    }

    @Test
    void aYearFarAheadIsRefused() {
        assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": "T", "date": "2221-11-02"}""", "date");
    }

    @Test
    void aCivilDateTimeWithAnOffsetItWouldDropIsRefused() {
        assertRefused(FutureDates.class, """
                {"dates": ["2021-12-07T14:00:00Z"]}""", "dates[0]");
    }

    @Test
    void aCivilDateTimeIsReadAsWritten() throws Exception {
        FutureDates dates = (FutureDates) read(FutureDates.class, """
                {"dates": ["2021-12-07T14:00"]}""", null);

        assertThat(dates.dates()).containsExactly(LocalDateTime.of(2021, 12, 7, 14, 0));
    }

    @Test
    void datesAndTimesAreReadAsTheMinutesWriteThem() throws Exception {
        ScheduleMeeting meeting = (ScheduleMeeting) read(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": "T", "date": "18/11/2020",
                 "startsAt": "18 November 2020 at 2.00 pm"}""", null);
        FutureDates dates = (FutureDates) read(FutureDates.class, """
                {"dates": ["19/01/2021 2.00pm", "Tuesday 2nd March 2021, 10am"]}""", null);

        assertThat(meeting.date()).isEqualTo(LocalDate.of(2020, 11, 18));
        assertThat(meeting.startsAt()).isEqualTo(MeetingTime.parse("18 November 2020 at 2.00 pm"));
        assertThat(dates.dates()).containsExactly(LocalDateTime.of(2021, 1, 19, 14, 0),
                LocalDateTime.of(2021, 3, 2, 10, 0));
    }

    @Test
    void aDateThatCannotBeReadIsRefusedNamingTheLineTheClerkSees() {
        InvalidRequest refused = assertRefused(FutureDates.class, """
                {"dates": ["19/01/2021 2.00pm", "12.12pm"]}""", "dates[1]");

        assertThat(refused.getMessage()).startsWith("The second date: '12.12pm' is not a date and time")
                .contains("19/01/2021 2.00pm");
    }

    @Test
    void aFieldLeftOutIsSaidInTheClerksWords() {
        InvalidRequest refused = assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc"}""", "title");

        assertThat(refused.getMessage()).isEqualTo("The title: must be given");
    }

    @Test
    void aRightToLeftOverrideInATitleIsRefusedNamingTheTitle() {
        InvalidRequest refused = assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": "Budget \\u202Etegdub"}""", "title");

        assertThat(refused.errors().get(0).message()).contains("U+202E");
    }

    @Test
    void aLineBreakInATitleIsRefusedThoughFreeTextMayHaveOne() {
        assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": "Budget\\nMinutes"}""", "title");
    }

    @Test
    void aNulAnywhereInTheBodyIsRefusedNamingWhereItIs() {
        assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": "T",
                 "contacts": [{"name": "Gemma Duckworth", "email": "g\\u0000@leics.gov.uk"}]}""",
                "contacts[0].email");
    }

    @Test
    void aPersonsNameWithAControlCharacterIsRefused() {
        assertRefused(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": "T",
                 "contacts": [{"name": "Gemma\\tDuckworth"}]}""", "contacts[0].name");
    }

    @Test
    void aNoncharacterInATitleIsRefusedNamingTheTitleAndTheCharacter() {
        for (String noncharacter : List.of("\\uFFFF", "\\uFFFE", "\\uFDD0", "\\uD83F\\uDFFF")) {
            InvalidRequest refused = assertRefused(ScheduleMeeting.class, """
                    {"meetingId": "m", "committeeId": "cfosc", "title": "Budget %s"}""".formatted(noncharacter),
                    "title");

            assertThat(refused.errors().get(0).message()).containsPattern("U\\+[0-9A-F]{4,5}");
        }
    }

    @Test
    void aSurrogateWithoutItsPairInTheMinutesIsRefusedNamingWhereItIs() {
        for (String lone : List.of("\\uD800", "\\uDC00", "x\\uDBFF y")) {
            assertRefused(ScheduleMeeting.class, """
                    {"meetingId": "m", "committeeId": "cfosc", "title": "T",
                     "contacts": [{"name": "Gemma Duckworth", "role": "%s"}]}""".formatted(lone), "contacts[0].role");
        }
    }

    @Test
    void aPairOfSurrogatesIsOneCharacterAndIsRead() throws Exception {
        ScheduleMeeting meeting = (ScheduleMeeting) read(ScheduleMeeting.class, """
                {"meetingId": "m", "committeeId": "cfosc", "title": "Budget \\uD83D\\uDCC5"}""", null);

        assertThat(meeting.title()).isEqualTo("Budget \uD83D\uDCC5");
    }

    @Test
    void aDateThatIsNotTextIsRefusedRatherThanReadAsNoDate() {
        for (String notText : List.of("[]", "[2021, 11, 2]", "[\"2021-11-02\"]", "{}", "true")) {
            assertRefused(ScheduleMeeting.class, """
                    {"meetingId": "m", "committeeId": "cfosc", "title": "T", "date": %s}""".formatted(notText), "date");
        }
    }

    @Test
    void aDateTimeThatIsNotTextIsRefusedNamingItsPlace() {
        assertRefused(FutureDates.class, """
                {"dates": ["2021-12-07T14:00", []]}""", "dates[1]");
    }

    @Test
    void anIdTheBodyGivesBesideThePathIsText() throws Exception {
        pathVariables = Map.of("meetingId", "cfosc-2021-11-02");

        assertRefused(ScheduleMeeting.class, """
                {"meetingId": {"$gt": ""}, "committeeId": "cfosc", "title": "T"}""", "meetingId");
        assertThat(((ScheduleMeeting) read(ScheduleMeeting.class, """
                {"meetingId": "another-meeting", "committeeId": "cfosc", "title": "T"}""", null)).meetingId())
                .as("the path's id wins").isEqualTo("cfosc-2021-11-02");
    }

    @Test
    void aVersionThatIsNotOneIsAMalformedIfMatch() {
        for (String notAVersion : List.of("W/\"-5\"", "\"-5\"", "\"7\"x", "*", "\"7", "07", "99999999999999999999")) {
            assertRefused(ScheduleMeeting.class, "{\"meetingId\": \"m\", \"committeeId\": \"c\", \"title\": \"T\"}",
                    "If-Match", notAVersion);
        }
    }

    @Test
    void aVersionIsReadInEachOfItsSpellings() {
        assertThat(List.of("\"7\"", "W/\"7\"", "7", " \"7\" ")).extracting(ExpectedVersion::parse)
                .containsOnly(7L);
    }

    @Test
    void aRetryIsKnownByItsKeyAndTheHashOfTheSameRequest() throws Exception {
        String meeting = """
                {"meetingId": "cfosc-2021-11-02", "committeeId": "cfosc", "title": "T"}""";
        Sent<?> first = sent(ScheduleMeeting.class, meeting, Map.of("Idempotency-Key", "schedule-cfosc"));
        Sent<?> retry = sent(ScheduleMeeting.class, meeting, Map.of("Idempotency-Key", "schedule-cfosc"));
        Sent<?> other = sent(ScheduleMeeting.class, meeting.replace("\"T\"", "\"Budget\""),
                Map.of("Idempotency-Key", "schedule-cfosc"));

        assertThat(first.idempotency()).isEqualTo(retry.idempotency());
        assertThat(first.idempotency().orElseThrow().key()).isEqualTo("schedule-cfosc");
        assertThat(other.idempotency().orElseThrow().requestHash())
                .isNotEqualTo(first.idempotency().orElseThrow().requestHash());
        assertThat(sent(ScheduleMeeting.class, meeting, Map.of()).idempotency()).isEmpty();
    }

    @Test
    void aKeyWithASpaceOrARequestIdWithASlashIsMalformed() {
        String meeting = "{\"meetingId\": \"m\", \"committeeId\": \"c\", \"title\": \"T\"}";
        for (Map<String, String> header : List.of(Map.of("Idempotency-Key", "two words"),
                Map.of("X-Request-Id", "a/b"))) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> sent(ScheduleMeeting.class, meeting, header));
            assertThat(thrown).isInstanceOf(InvalidRequest.class);
            assertThat(((InvalidRequest) thrown).errors()).extracting(InvalidRequest.FieldError::field)
                    .containsExactly(header.keySet().iterator().next());
        }
    }

    record FutureDates(List<LocalDateTime> dates) {
    }

    private InvalidRequest assertRefused(Class<?> command, String body, String field) {
        return assertRefused(command, body, field, null);
    }

    private InvalidRequest assertRefused(Class<?> command, String body, String field, String ifMatch) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read(command, body, ifMatch));
        assertThat(thrown).as(body).isInstanceOf(InvalidRequest.class);
        InvalidRequest refused = (InvalidRequest) thrown;
        if (field.isEmpty()) {
            assertThat(refused.errors()).as(refused.getMessage()).isEmpty();
        } else {
            assertThat(refused.errors()).as(refused.getMessage()).extracting(InvalidRequest.FieldError::field)
                    .containsExactly(field);
        }
        return refused;
    }

    private Object read(Class<?> command, String body, String ifMatch) throws Exception {
        return sent(command, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch)).command();
    }

    private Sent<?> sent(Class<?> command, String body, Map<String, String> headers) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/meetings");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, pathVariables);
        headers.forEach(request::addHeader);
        MethodParameter parameter = new MethodParameter(Commands.class.getDeclaredMethod(
                command == ScheduleMeeting.class ? "schedule" : "dates", Sent.class), 0);
        return (Sent<?>) resolver.resolveArgument(parameter, null, new ServletWebRequest(request), null);
    }

    /** The handler methods whose bodies are read. */
    @SuppressWarnings("unused")
    private interface Commands {
        void schedule(@CommandBody Sent<ScheduleMeeting> meeting);

        void dates(@CommandBody Sent<FutureDates> dates);
    }
}
