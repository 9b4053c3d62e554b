package org.minutebook.command.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.cloudevent.CloudEventKafkaMessageConverter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.events.EventContract;
import org.minutebook.events.Person;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.MinuteBlock;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.imports.MinutesImported;
import org.apache.kafka.common.record.CompressionType;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A clerk pastes the whole of a long report into the minute of item 37 of the Children and Families committee's
 * meeting: the minute is recorded when its event fits what the pipeline carries, to the byte, and refused naming
 * the field that makes it too large when it does not — the import and corrections alike.
 */
class EventSizeLimitTest {

    private static final String MEETING = "cfosc-2021-11-02";
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
    private static final KafkaMessageConverter<String, CloudEvent> CONVERTER = CloudEventKafkaMessageConverter
            .builder().serializer(SERIALIZER)
            .sourceSupplier(event -> URI.create(EventContract.CLOUD_EVENT_SOURCE))
            .subjectSupplier(event -> Optional.of(MEETING))
            .dataContentTypeSupplier(event -> Optional.of("application/json"))
            .addMetadataMappers(EventContract.METADATA_EXTENSIONS).build();
    private static final PipelineLimits LIMITS = PipelineLimits.withKafkaDefaults();

    private final EventSizeLimit limit = new EventSizeLimit(LIMITS, SERIALIZER, CONVERTER, CompressionType.NONE);
    private long sequence;

    @Test
    void aMinuteAsLargeAsAnEventMayBeIsRecordedAndOneByteMoreIsRefusedNamingItsText() {
        int edge = LIMITS.largestEvent() - jsonBytes(minute(1)) + 1;

        limit.check(event(minute(edge)));
        RuleViolation refused = catchThrowableOfType(() -> limit.check(event(minute(edge + 1))), RuleViolation.class);

        assertThat(jsonBytes(minute(edge))).isEqualTo(LIMITS.largestEvent());
        assertThat(refused.rule()).isEqualTo("event-too-large");
        assertThat(refused.isConflict()).isFalse();
        assertThat(refused.field()).hasValue("blocks[0].text");
        assertThat(refused.getMessage()).contains(Integer.toString(LIMITS.largestEvent() + 1))
                .contains(Integer.toString(LIMITS.largestEvent()));
    }

    @Test
    void aMinuteOfElevenLongParagraphsIsTooLargeByItsBlocks() {
        List<MinuteBlock> paragraphs = Collections.nCopies(11, MinuteBlock.paragraph("x".repeat(95_300)));

        RuleViolation refused = catchThrowableOfType(() -> limit.check(event(new ItemMinuted(MEETING, "item-37",
                paragraphs, false))), RuleViolation.class);

        assertThat(refused.field()).hasValue("blocks");
    }

    @Test
    void aCorrectionCarryingAWholeReplacementIsTooLargeByTheFieldOfItsReplacement() {
        FactCorrected correction = new FactCorrected(MEETING, 12, "minutebook.ItemMinuted",
                Map.of("blocks", List.of(Map.of("kind", "PARAGRAPH", "text", "x".repeat(LIMITS.largestEvent())))),
                "The minute was cut short", new Person(null, null, "Gemma Duckworth"), null);

        RuleViolation refused = catchThrowableOfType(() -> limit.check(event(correction)), RuleViolation.class);

        assertThat(refused.field()).hasValue("replacement.blocks[0].text");
    }

    @Test
    void anImportedPageTooLongToKeepIsTooLargeByItsText() {
        MinutesImported page = new MinutesImported(MEETING, "004_cfd6ab707287b23f.txt", "0".repeat(64),
                "MINUTES ".repeat(LIMITS.largestEvent() / 8), List.of());

        RuleViolation refused = catchThrowableOfType(() -> limit.check(event(page)), RuleViolation.class);

        assertThat(refused.field()).hasValue("text");
    }

    @Test
    void aFactWithinTheLimitIsRefusedWhenWhoRecordedItWouldNotFitOnTheTopic() {
        String edge = "x".repeat(LIMITS.largestEvent() - jsonBytes(minute(1)) + 1);
        DomainEventMessage<?> byALongName = event(minute(edge.length()))
                .andMetaData(MetaData.with("recordedByName", "Councillor " + "y".repeat(8_000)));

        RuleViolation refused = catchThrowableOfType(() -> limit.check(byALongName), RuleViolation.class);

        assertThat(refused.rule()).isEqualTo("event-too-large");
        assertThat(refused.field()).isEmpty();
        assertThat(refused.getMessage()).contains(Integer.toString(LIMITS.largestRecord()));
    }

    @Test
    void whatTheRecordAddsToAMinuteIsNeverMoreThanTheBoundItIsWeighedBy() {
        List<DomainEventMessage<?>> minutes = List.of(event(minute(10)), event(minute(LIMITS.largestEvent() / 2)),
                event(new ItemMinuted(MEETING, "item-37", List.of(MinuteBlock.paragraph("Ms Ó'Ceallaigh — 民生")),
                        false)).andMetaData(MetaData.with("recordedByName", "Cllr Zoë Ó'Ceallaigh 𝒵".repeat(200))
                        .and("traceId", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")));

        for (DomainEventMessage<?> minute : minutes) {
            int envelope = limit.recordSize(minute) - jsonBytes(minute.getPayload());
            assertThat(EventSizeLimit.envelopeBound(minute)).isGreaterThanOrEqualTo(envelope);
        }
    }

    @Test
    void aCommandWhoseEventIsRefusedStoresNothing() {
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine()).build();
        eventStore.registerDispatchInterceptor(limit);
        ItemMinuted tooLarge = minute(LIMITS.largestEvent());

        DefaultUnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        Throwable refused = command.executeWithResult(() -> {
            eventStore.publish(event(minute(10)), event(tooLarge));
            return null;
        }).exceptionResult();

        assertThat(refused).isInstanceOf(RuleViolation.class);
        assertThat(eventStore.readEvents(MEETING).asStream()).isEmpty();
    }

    private static ItemMinuted minute(int characters) {
        return new ItemMinuted(MEETING, "item-37", List.of(MinuteBlock.paragraph("x".repeat(characters))), false);
    }

    private DomainEventMessage<?> event(Object payload) {
        return new GenericDomainEventMessage<>("Meeting", MEETING, sequence++, payload,
                MetaData.with("recordedBy", "clerk").and("recordedByName", "clerk")
                        .and("requestId", "7d1c9a52-1a0e-4b5e-9f2a-3c6f0e3f7b11"));
    }

    private static int jsonBytes(Object payload) {
        return SERIALIZER.serialize(payload, byte[].class).getData().length;
    }
}
