package org.minutebook.upcasters;

import org.axonframework.config.Configuration;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.QuestionKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.upcasters.StoredEvents.fixture;
import static org.minutebook.upcasters.StoredEvents.stored;

/**
 * A Spring Boot application with Axon, configured like the command and query sides and scanning no package of its
 * own, gets the upcasters from this jar's auto-configuration in its Axon configuration's upcaster chain: the chain
 * the event store reads through (command side) and the Kafka message converter is built with (query side).
 */
@SpringBootTest(classes = UpcastersInASpringBootApplicationTest.AxonApplication.class, properties = {
        "axon.axonserver.enabled=false",
        "axon.serializer.general=jackson",
        "axon.serializer.events=jackson",
        "axon.serializer.messages=jackson",
        "spring.main.banner-mode=off",
        "logging.level.root=WARN"})
class UpcastersInASpringBootApplicationTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class AxonApplication {
    }

    @Autowired
    Configuration axon;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Test
    void axonsUpcasterChainReadsAStoredVersion1OfContract1AsVersion3() {
        IntermediateEventRepresentation version1 = stored(serializer, "org.minutebook.events.business.QuestionAsked", "1",
                fixture("QuestionAsked.v1.json"));

        List<IntermediateEventRepresentation> read = axon.upcasterChain().upcast(Stream.of(version1)).toList();

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getName()).isEqualTo("minutebook.QuestionAsked");
        assertThat(read.get(0).getType().getRevision()).isEqualTo("3");
        QuestionAsked question = serializer.deserialize(read.get(0).getData());
        assertThat(question.standingOrder()).isEqualTo("Standing Order 34");
    }

    @Test
    void theApplicationsSerializerWritesVersion3UnderItsPublicNameAsTheFixtureHoldsIt() throws Exception {
        QuestionAsked question = new QuestionAsked("leics-cfosc-2021-11-02", "item-29", "q-whiting",
                QuestionKind.PUBLIC, new Person(null, "Mrs Sue Whiting"),
                "the Chairman of the Children and Families Overview and Scrutiny Committee",
                "Could the Chair please explain how Panels for deciding on provision for Children with Special "
                        + "Education/Health/Care Needs/Disability are appointed, especially where a Joint "
                        + "Commissioning of Services between the local authority and Clinical Commissioning Group "
                        + "is relevant?",
                "Standing Order 34", false);

        SerializedObject<byte[]> serialized = serializer.serialize(question, byte[].class);
        byte[] written = serialized.getData();

        assertThat(serialized.getType().getName()).isEqualTo("minutebook.QuestionAsked");
        assertThat(serialized.getType().getRevision()).isEqualTo("3");

        assertThat(new String(written, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(fixture("QuestionAsked.v3.json"), java.nio.charset.StandardCharsets.UTF_8).trim());
    }
}
