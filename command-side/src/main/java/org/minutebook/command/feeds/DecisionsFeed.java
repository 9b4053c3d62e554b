package org.minutebook.command.feeds;

import io.cloudevents.CloudEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.minutebook.command.platform.Processors;
import org.minutebook.command.platform.PublishedForm;
import org.minutebook.command.platform.Publications;
import org.minutebook.events.EventContract;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.executive.ExecutiveDecisionEvent;
import org.minutebook.events.published.PublishedDecision;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Publishes decisions, and nothing else, for governance systems: each as a {@link PublishedDecision} that describes
 * itself, to {@value EventContract#DECISIONS_TOPIC} (a CloudEvent keyed by meeting, {@code ce_id} the id of the fact
 * that recorded it) and to the {@link DecisionFeed} that the pull feed and the webhooks read. From the event store
 * through its own tracking processor, so a broker outage delays, never loses; the feed's row is written in the
 * processor's transaction, with its position. Decisions on exempt agenda items are never published.
 */
@Component
@ProcessingGroup(DecisionsFeed.PROCESSOR)
class DecisionsFeed implements PublishedForm {

    static final String PROCESSOR = Processors.DECISIONS_FEED;

    private final PublishedDecisions decisions;
    private final DecisionFeed feed;
    private final KafkaMessageConverter<String, CloudEvent> converter;
    private final ProducerFactory<String, CloudEvent> producers;
    private final Publications publications;

    DecisionsFeed(PublishedDecisions decisions, DecisionFeed feed, KafkaMessageConverter<String, CloudEvent> converter,
                  @Qualifier("axonKafkaProducerFactory") ProducerFactory<String, CloudEvent> producers,
                  Publications publications) {
        this.decisions = decisions;
        this.feed = feed;
        this.converter = converter;
        this.producers = producers;
        this.publications = publications;
    }

    /**
     * A decision is published, and so is a correction of one (a governance system must learn that a resolution
     * now reads otherwise, or was struck out), under the decision's own id.
     */
    @EventHandler
    void on(MeetingEvent event, DomainEventMessage<?> message) {
        decisions.of(event, message).ifPresent(decision -> {
            feed.add(decision);
            publish(decision, message);
        });
    }

    /** Every step of a decision outside a meeting is published, from its forward plan entry to its reconsideration. */
    @EventHandler
    void on(ExecutiveDecisionEvent event, DomainEventMessage<?> message) {
        PublishedDecision decision = decisions.of(event, message);
        feed.add(decision);
        publish(decision, message);
    }

    @Override
    public String topic() {
        return EventContract.DECISIONS_TOPIC;
    }

    /** The decision published for the stored fact, from the feed (which holds it even when the broker refused it). */
    @Override
    public Optional<EventMessage<?>> of(DomainEventMessage<?> stored) {
        return feed.withId(stored.getIdentifier()).map(decision -> published(decision, stored));
    }

    private void publish(PublishedDecision decision, DomainEventMessage<?> message) {
        DomainEventMessage<PublishedDecision> published = published(decision, message);
        // the shared, non-transactional producer: closing it is a no-op, so it is not closed here
        publications.send(published, EventContract.DECISIONS_TOPIC, () -> producers.createProducer()
                .send(converter.createKafkaMessage(published, EventContract.DECISIONS_TOPIC)));
    }

    /** On the topic as the fact's own message, carrying the decision: the same id, key, time and metadata. */
    private static DomainEventMessage<PublishedDecision> published(PublishedDecision decision,
                                                                   DomainEventMessage<?> message) {
        return new GenericDomainEventMessage<>(message.getType(), message.getAggregateIdentifier(),
                message.getSequenceNumber(), decision, message.getMetaData(), message.getIdentifier(),
                message.getTimestamp());
    }
}
