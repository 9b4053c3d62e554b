package org.minutebook.query.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.meetings.MeetingContact;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.upcasters.ContractUpcasters;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.LocalTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A projection's copies of events, kept before an event got a new version, still read as the current version. */
class EventCopiesTest {

    private static final String VERSION_1 = """
            {"meetingId":"leics-cfosc-2021-11-02","itemId":"item-29","questionId":"q-whiting","kind":"PUBLIC",
             "askedBy":{"id":null,"name":"Mrs Sue Whiting"},"askedOf":null,"text":"Could the Chair please explain?",
             "rule":"Standing Order 34","atChairsDiscretion":false}""";

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final EventCopies copies = new EventCopies(json, ContractUpcasters.all());

    @Test
    void aCopyKeptBeforeVersionsWereKeptIsVersion1() throws Exception {
        QuestionAsked question = (QuestionAsked) copies.read("org.minutebook.events.business.QuestionAsked", null, VERSION_1);

        assertThat(question.standingOrder()).isEqualTo("Standing Order 34");
        assertThat(question.askedBy().name()).isEqualTo("Mrs Sue Whiting");
    }

    @Test
    void aCopyOfTheCurrentVersionReadsAsItIs() throws Exception {
        QuestionAsked question = (QuestionAsked) copies.read("minutebook.QuestionAsked", 2,
                VERSION_1.replace("\"rule\"", "\"standingOrder\""));

        assertThat(question.standingOrder()).isEqualTo("Standing Order 34");
    }

    @Test
    void aCorrectionOfAVersion1RuleCorrectsTheStandingOrder() throws Exception {
        FactCorrected correction = (FactCorrected) copies.read("org.minutebook.events.corrections.FactCorrected", null, """
                {"meetingId":"leics-cfosc-2021-11-02","correctsSequenceNumber":17,
                 "correctsEventType":"org.minutebook.events.business.QuestionAsked",
                 "replacement":{"rule":"Standing Order 35"},"reason":"why",
                 "correctedBy":{"id":"clerk","name":"Clerk"},"notedAtMeetingId":null}""");

        assertThat(correction.replacement()).isEqualTo(Map.of("standingOrder", "Standing Order 35"));
    }

    @Test
    void aCopyIsKeptUnderItsPublicNameAndVersionAndReadsBackAsTheEvent() {
        MeetingScheduled scheduled = new MeetingScheduled("m", "c", "Title", false, null, null, "Europe/London", "County Hall", List.of(),
                null);

        assertThat(copies.typeOf(scheduled)).isEqualTo("minutebook.MeetingScheduled");
        assertThat(copies.read(copies.typeOf(scheduled), copies.versionOf(scheduled), copies.dataOf(scheduled), "m 9"))
                .isEqualTo(scheduled);
        assertThat(Keys.of("m", 9)).isLessThan(Keys.of("m", 10));
    }

    @Test
    void otherEventsKeepEveryField() throws Exception {
        MeetingScheduled scheduled = new MeetingScheduled("m", "c", "Title", false,
                LocalDate.of(2021, 11, 2), LocalTime.of(14, 0), "Europe/London", "County Hall",
                List.of(new MeetingContact("Gemma Duckworth", null, "0116 3052583", null)), null);

        Object copy = copies.read("minutebook.MeetingScheduled", 2, json.writeValueAsString(scheduled));

        assertThat(copy).isEqualTo(scheduled);
    }
}
