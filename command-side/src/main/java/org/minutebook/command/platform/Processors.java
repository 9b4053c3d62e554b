package org.minutebook.command.platform;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The command side's own processors (sealing events, the decisions feed) are tracking processors over the event
 * store, positions in PostgreSQL, as is the publication of events onto Kafka; a failure is propagated, so the
 * processor retries instead of skipping an event. They work in batches: one transaction, one position update and
 * one wait for the broker per batch, not per event. A processor takes whatever is stored when it looks, up to its
 * batch's size, so a large batch costs no latency: publication and sealing take up to a thousand events (a backlog
 * is published in few round trips; a thousand seals are one signature), the decisions feed a hundred (it reads
 * each decision's meeting). Sealing, which no reader waits for, lingers a moment before it takes a batch
 * ({@link LingeringSource}), so that its batches, and their one signature each, are of many events; so does the
 * decisions feed, a tenth of a second (governance systems read decisions in seconds, not milliseconds): with one
 * clerk recording it took a batch, a position update and a commit for each command, beside the command.
 */
@Configuration
public class Processors {

    /** The processor that publishes every event, as the Kafka extension names it. */
    static final String PUBLICATION = "__axon-kafka-event-publishing-group";
    /** The processor that seals the events (audit). */
    public static final String SEALING = "event-sealing";
    /** The processor that publishes decisions to their topic, the pull feed and the webhooks. */
    public static final String DECISIONS_FEED = "decisions-feed";
    private static final int LARGE_BATCH = 1_000;
    private static final int BATCH = 100;
    private static final Duration SEALING_LINGER = Duration.ofMillis(250);
    private static final Duration DECISIONS_LINGER = Duration.ofMillis(100);

    @Autowired
    void trackingAndRetrying(EventProcessingConfigurer processing) {
        processing.usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(configuration -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andBatchSize(BATCH))
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
        processing.registerTrackingEventProcessor(SEALING,
                configuration -> new LingeringSource(configuration.eventStore(), SEALING_LINGER),
                configuration -> largeBatches());
        processing.registerTrackingEventProcessor(DECISIONS_FEED,
                configuration -> new LingeringSource(configuration.eventStore(), DECISIONS_LINGER),
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(BATCH));
    }

    /** Publication's processor is registered with its handler ({@link KafkaPublishing}), in large batches too. */
    static TrackingEventProcessorConfiguration largeBatches() {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(LARGE_BATCH);
    }
}
