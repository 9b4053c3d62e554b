package org.minutebook.command.feeds;

import io.cloudevents.CloudEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.minutebook.command.platform.Publications;
import org.minutebook.events.EventContract;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.AgendaItemAmended;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes decisions, and nothing else, to {@value EventContract#DECISIONS_TOPIC} for governance systems: from
 * the event store through its own tracking processor (so a broker outage delays, never loses), in the same
 * CloudEvents format and keyed by meeting. Decisions on exempt agenda items are never published.
 */
@Component
@ProcessingGroup(DecisionsFeed.PROCESSOR)
class DecisionsFeed {

    static final String PROCESSOR = "decisions-feed";

    private final EventStore eventStore;
    private final KafkaMessageConverter<String, CloudEvent> converter;
    private final ProducerFactory<String, CloudEvent> producers;
    private final Publications publications;
    private final Decisions decisions = new Decisions(correction -> recorded(correction.meetingId(),
            correction.correctsSequenceNumber()));

    DecisionsFeed(EventStore eventStore, KafkaMessageConverter<String, CloudEvent> converter,
                  @Qualifier("axonKafkaProducerFactory") ProducerFactory<String, CloudEvent> producers,
                  Publications publications) {
        this.eventStore = eventStore;
        this.converter = converter;
        this.producers = producers;
        this.publications = publications;
    }

    /**
     * A decision is published, and so is a correction of one (a governance system must learn that a resolution
     * now reads otherwise, or was struck out): about the item of the decision it corrects.
     */
    @EventHandler
    void on(MeetingEvent event, DomainEventMessage<?> message) {
        decisions.of(event).ifPresent(decision -> {
            String itemId = decision.itemId();
            if (itemId == null || !isExempt(event.meetingId(), itemId, message.getSequenceNumber())) {
                publish(message);
            }
        });
    }

    private Optional<MeetingEvent> recorded(String meetingId, long sequenceNumber) {
        return eventStore.readEvents(meetingId, sequenceNumber).asStream()
                .filter(event -> event.getSequenceNumber() == sequenceNumber)
                .findFirst().map(DomainEventMessage::getPayload)
                .filter(MeetingEvent.class::isInstance).map(MeetingEvent.class::cast);
    }

    /**
     * Whether the item was exempt when the decision was recorded, by the agenda's last descriptions before the
     * decision: exempt itself, or a part of an exempt item (its parent, or its parent's parent…).
     */
    private boolean isExempt(String meetingId, String itemId, long decidedAt) {
        Map<String, String> parents = new HashMap<>();
        Set<String> exempt = new HashSet<>();
        for (DomainEventMessage<?> event : eventStore.readEvents(meetingId).asStream()
                .takeWhile(event -> event.getSequenceNumber() < decidedAt).toList()) {
            if (event.getPayload() instanceof AgendaItemAdded added) {
                described(added.itemId(), added.parentItemId(), added.exemption() != null, parents, exempt);
            } else if (event.getPayload() instanceof AgendaItemAmended amended) {
                described(amended.itemId(), amended.parentItemId(), amended.exemption() != null, parents, exempt);
            }
        }
        Set<String> seen = new HashSet<>();
        for (String at = itemId; at != null && seen.add(at); at = parents.get(at)) {
            if (exempt.contains(at)) {
                return true;
            }
        }
        return false;
    }

    private static void described(String itemId, String parentItemId, boolean isExempt, Map<String, String> parents,
                                  Set<String> exempt) {
        parents.put(itemId, parentItemId);
        if (isExempt) {
            exempt.add(itemId);
        } else {
            exempt.remove(itemId);
        }
    }

    private void publish(DomainEventMessage<?> message) {
        // the shared, non-transactional producer: closing it is a no-op, so it is not closed here
        publications.send(message, EventContract.DECISIONS_TOPIC, () -> producers.createProducer()
                .send(converter.createKafkaMessage(message, EventContract.DECISIONS_TOPIC)));
    }
}
