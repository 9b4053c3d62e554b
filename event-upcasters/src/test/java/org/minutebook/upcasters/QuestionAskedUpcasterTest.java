package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.corrections.FactCorrected;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.upcasters.StoredEvents.contractSerializer;
import static org.minutebook.upcasters.StoredEvents.fixture;
import static org.minutebook.upcasters.StoredEvents.stored;
import static org.minutebook.upcasters.StoredEvents.upcast;

/**
 * One fixture per revision of QuestionAsked, as the command side stored it under contract 1 (named by its Java
 * class): version 1 reads as version 3 ({@code rule} renamed {@code standingOrder}, then the asker's office added),
 * version 2 as version 3, and version 3, under its public name, passes unchanged. The serializer fails on unknown
 * properties, so a {@code rule} left over would fail.
 */
class QuestionAskedUpcasterTest {

    private static final String CONTRACT_1_NAME = "org.minutebook.events.business.QuestionAsked";
    private static final String PUBLIC_NAME = "minutebook.QuestionAsked";
    private static final QuestionAsked MRS_WHITINGS_QUESTION = new QuestionAsked("leics-cfosc-2021-11-02", "item-29",
            "q-whiting", QuestionKind.PUBLIC, new Person(null, "Mrs Sue Whiting"),
            "the Chairman of the Children and Families Overview and Scrutiny Committee",
            "Could the Chair please explain how Panels for deciding on provision for Children with Special "
                    + "Education/Health/Care Needs/Disability are appointed, especially where a Joint Commissioning of "
                    + "Services between the local authority and Clinical Commissioning Group is relevant?",
            "Standing Order 34", false);

    private final Serializer serializer = contractSerializer();
    private final EventUpcasterChain upcasters = ContractUpcasters.chain();

    @Test
    void aStoredVersion1IsReadAsVersion3WithItsRuleAsTheStandingOrder() {
        List<IntermediateEventRepresentation> read = upcast(upcasters,
                stored(serializer, CONTRACT_1_NAME, "1", fixture("QuestionAsked.v1.json")));

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getName()).isEqualTo(PUBLIC_NAME);
        assertThat(read.get(0).getType().getRevision()).isEqualTo("3");
        QuestionAsked question = serializer.deserialize(read.get(0).getData());
        assertThat(question.standingOrder()).isEqualTo("Standing Order 34");
        assertThat(question).isEqualTo(MRS_WHITINGS_QUESTION);
        assertThat(read.get(0).getMessageIdentifier()).isEqualTo("a4d3c0de-0000-4000-8000-000000000017");
        assertThat(read.get(0).getSequenceNumber()).contains(17L);
    }

    @Test
    void aVersion1WithoutAStandingOrderIsReadWithNone() {
        byte[] payload = new String(fixture("QuestionAsked.v1.json"), StandardCharsets.UTF_8)
                .replace("\"rule\":\"Standing Order 34\"", "\"rule\":null").getBytes(StandardCharsets.UTF_8);

        List<IntermediateEventRepresentation> read = upcast(upcasters, stored(serializer, CONTRACT_1_NAME, "1", payload));

        QuestionAsked question = serializer.deserialize(read.get(0).getData());
        assertThat(question.standingOrder()).isNull();
        assertThat(question.text()).isEqualTo(MRS_WHITINGS_QUESTION.text());
    }

    @Test
    void aVersion2OfContract1IsReadAsVersion3() {
        List<IntermediateEventRepresentation> read = upcast(upcasters,
                stored(serializer, CONTRACT_1_NAME, "2", fixture("QuestionAsked.v2.json")));

        assertThat(read.get(0).getType().getName()).isEqualTo(PUBLIC_NAME);
        assertThat(read.get(0).getType().getRevision()).isEqualTo("3");
        assertThat((QuestionAsked) serializer.deserialize(read.get(0).getData())).isEqualTo(MRS_WHITINGS_QUESTION);
    }

    @Test
    void aVersion3PassesUnchanged() throws Exception {
        byte[] version3 = fixture("QuestionAsked.v3.json");

        List<IntermediateEventRepresentation> read = upcast(upcasters, stored(serializer, PUBLIC_NAME, "3", version3));

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getRevision()).isEqualTo("3");
        assertThat(read.get(0).getData(JsonNode.class).getData()).isEqualTo(new ObjectMapper().readTree(version3));
        assertThat((QuestionAsked) serializer.deserialize(read.get(0).getData())).isEqualTo(MRS_WHITINGS_QUESTION);
    }

    @Test
    void otherEventsAreOnlyRenamed() {
        byte[] payload = "{\"meetingId\":\"leics-cfosc-2021-11-02\",\"rule\":\"x\"}".getBytes();

        List<IntermediateEventRepresentation> read = upcast(upcasters,
                stored(serializer, "org.minutebook.events.business.NoQuestionsReceived", "1", payload));

        assertThat(read.get(0).getType().getName()).isEqualTo("minutebook.NoQuestionsReceived");
        assertThat(read.get(0).getType().getRevision()).isEqualTo("1");
        assertThat(read.get(0).getData(byte[].class).getData()).isEqualTo(payload);
    }

    @Test
    void aCorrectionOfAVersion1RuleCorrectsTheStandingOrder() {
        List<IntermediateEventRepresentation> read = upcast(upcasters, stored(serializer,
                "org.minutebook.events.corrections.FactCorrected", "1",
                fixture("FactCorrected.v1.rule-of-QuestionAsked.v1.json")));

        assertThat(read.get(0).getType().getRevision()).isEqualTo("3");
        FactCorrected correction = serializer.deserialize(read.get(0).getData());
        assertThat(correction.replacement()).isEqualTo(Map.of("standingOrder", "Standing Order 35"));
        assertThat(correction.correctsEventType()).isEqualTo(PUBLIC_NAME);
        assertThat(correction.reason()).isEqualTo("The question was received under Standing Order 35");
    }

    @Test
    void aCorrectionOfAnotherEventKeepsItsRule() {
        byte[] payload = """
                {"meetingId":"m","correctsSequenceNumber":3,"correctsEventType":"org.example.Other",
                 "replacement":{"rule":"kept"},"reason":"why","correctedBy":{"id":null,"name":"Clerk"},
                 "notedAtMeetingId":null}""".getBytes();

        List<IntermediateEventRepresentation> read = upcast(upcasters,
                stored(serializer, "org.minutebook.events.corrections.FactCorrected", "1", payload));

        FactCorrected correction = serializer.deserialize(read.get(0).getData());
        assertThat(correction.replacement()).isEqualTo(Map.of("rule", "kept"));
        assertThat(correction.correctsEventType()).isEqualTo("org.example.Other");
    }
}
