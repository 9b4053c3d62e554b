package org.minutebook.command.platform;

import io.cloudevents.CloudEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.minutebook.access.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Operators read the events publication parked, publish one again once its cause is mended (the topic's or the
 * producer's size limit raised, say), or discard it. Retried or discarded, it is no longer parked; the history
 * keeps the event in any case.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class ParkedPublicationsController {

    private static final Logger LOG = LoggerFactory.getLogger(ParkedPublicationsController.class);

    private final ParkedPublications parked;
    private final EventStore events;
    private final KafkaMessageConverter<String, CloudEvent> converter;
    private final ProducerFactory<String, CloudEvent> producers;
    private final List<PublishedForm> forms;

    ParkedPublicationsController(ParkedPublications parked, EventStore events,
                                 KafkaMessageConverter<String, CloudEvent> converter,
                                 @Qualifier("axonKafkaProducerFactory") ProducerFactory<String, CloudEvent> producers,
                                 List<PublishedForm> forms) {
        this.parked = parked;
        this.events = events;
        this.converter = converter;
        this.producers = producers;
        this.forms = forms;
    }

    @GetMapping
    List<ParkedPublications.Parked> all() {
        return parked.all();
    }

    @GetMapping("/{topic}/{eventId}")
    ParkedPublications.Parked one(@PathVariable String topic, @PathVariable String eventId) {
        return find(topic, eventId);
    }

    /** Publishes the event again, awaiting the broker; answers 200 once it holds it, else what it still refuses. */
    @PostMapping("/{topic}/{eventId}/retry")
    ParkedPublications.Parked retry(@PathVariable String topic, @PathVariable String eventId) {
        ParkedPublications.Parked letter = find(topic, eventId);
        DomainEventMessage<?> event = events.readEvents(letter.recordId(), letter.sequenceNumber()).asStream()
                .filter(stored -> stored.getIdentifier().equals(eventId)).findFirst()
                .orElseThrow(() -> new NotRecorded("Event " + eventId + " is no longer in the event store"));
        EventMessage<?> record = publishedForm(topic, event);
        try {
            // the shared, non-transactional producer: closing it is a no-op, so it is not closed here
            Publications.awaitAll(List.of(producers.createProducer().send(converter.createKafkaMessage(record, topic))),
                    "the parked event");
        } catch (RuntimeException stillRefused) {
            throw new StillRefused(topic, eventId, stillRefused);
        }
        parked.remove(topic, eventId);
        return letter;
    }

    @DeleteMapping("/{topic}/{eventId}")
    ResponseEntity<Void> discard(@PathVariable String topic, @PathVariable String eventId) {
        ParkedPublications.Parked letter = find(topic, eventId);
        parked.remove(topic, eventId);
        LOG.warn("Parked event {} ({} {} of {}) discarded by {}: it will not be published to {}", eventId,
                letter.eventType(), letter.sequenceNumber(), letter.recordId(),
                Actor.current().map(Actor::id).orElse("an operator"), topic);
        return ResponseEntity.noContent().build();
    }

    /** The record the topic publishes for the event: the event itself, unless the topic gives another form. */
    private EventMessage<?> publishedForm(String topic, DomainEventMessage<?> event) {
        for (PublishedForm form : forms) {
            if (form.topic().equals(topic)) {
                return form.of(event).orElseThrow(() -> new NotRecorded("Event " + event.getIdentifier()
                        + " has no record of its own for " + topic));
            }
        }
        return event;
    }

    private ParkedPublications.Parked find(String topic, String eventId) {
        return parked.of(topic, eventId).orElseThrow(() -> new NotRecorded("No event " + eventId
                + " is parked for " + topic));
    }

    /** Answered 409: the broker still refuses the event; it stays parked. */
    static final class StillRefused extends RuntimeException {

        StillRefused(String topic, String eventId, Throwable cause) {
            super("The broker still refuses event " + eventId + " for " + topic + ": "
                    + (cause.getCause() != null ? cause.getCause() : cause), cause);
        }
    }
}
