package org.minutebook.command.limits;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.record.CompressionType;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import org.minutebook.access.LargestBody;
import org.minutebook.events.EventContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The pipeline's limits as this command side is configured: the producer's {@code max.request.size} and the
 * {@code max.message.bytes} of the topics an event goes to, read from the brokers at start-up (after the topics are
 * created). The door's bound on bodies and the exact check of every event follow from them; {@code /actuator/info}
 * tells them to anyone (a client can size what it sends). A change of the brokers' or topics' limits is read at the
 * next start.
 */
@Configuration
class PipelineLimitsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineLimitsConfiguration.class);
    private static final List<String> EVENT_TOPICS = List.of(EventContract.MEETING_EVENTS_TOPIC,
            EventContract.DECISIONS_TOPIC);

    @Bean
    @DependsOn("topics")
    PipelineLimits pipelineLimits(KafkaProperties kafka) {
        Object maxRequestSize = kafka.buildProducerProperties().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        int producer = maxRequestSize == null ? PipelineLimits.KAFKA_MAX_REQUEST_SIZE
                : Integer.parseInt(String.valueOf(maxRequestSize));
        int[] topics = EVENT_TOPICS.stream().mapToInt(topic -> maxMessageBytes(kafka, topic)).toArray();
        PipelineLimits limits = PipelineLimits.of(producer, topics);
        LOG.info("An event may be at most {} bytes of JSON and a command's body as much; Kafka takes records of at "
                + "most {} bytes (max.request.size {}, max.message.bytes of {} {})", limits.largestEvent(),
                limits.largestRecord(), producer, EVENT_TOPICS, topics);
        return limits;
    }

    /** No command needs a body larger than the event it records, but for an import's PDF in base64. */
    @Bean
    LargestBody largestBody(PipelineLimits limits) {
        return new LargestBody(limits.largestBody(), Map.of("/api/imports", limits.largestImportBody()));
    }

    @Bean
    EventSizeLimit eventSizeLimit(PipelineLimits limits, @Qualifier("eventSerializer") Serializer serializer,
                                  KafkaMessageConverter<String, CloudEvent> converter,
                                  KafkaProperties kafka, EventStore eventStore) {
        Object compression = kafka.buildProducerProperties().get(ProducerConfig.COMPRESSION_TYPE_CONFIG);
        EventSizeLimit limit = new EventSizeLimit(limits, serializer, converter,
                CompressionType.forName(compression == null ? "none" : String.valueOf(compression)));
        eventStore.registerDispatchInterceptor(limit);
        return limit;
    }

    @Bean
    InfoContributor pipelineLimitsInfo(PipelineLimits limits) {
        return info -> info.withDetail("limits", Map.of("largestBody", limits.largestBody(),
                "largestImportBody", limits.largestImportBody(), "largestEvent", limits.largestEvent(),
                "largestRecord", limits.largestRecord()));
    }

    /**
     * The topic's limit as the brokers have it (its own, or the brokers' {@code message.max.bytes} it inherits);
     * Kafka's default when the brokers cannot say within 10 s — the producer's limit, below it, then decides.
     */
    private static int maxMessageBytes(KafkaProperties kafka, String topic) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers())))) {
            Config config = admin.describeConfigs(List.of(resource), new DescribeConfigsOptions().timeoutMs(10_000))
                    .all().get(15, TimeUnit.SECONDS).get(resource);
            ConfigEntry entry = config == null ? null : config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            return entry == null ? PipelineLimits.KAFKA_MAX_MESSAGE_BYTES : Integer.parseInt(entry.value());
        } catch (ExecutionException | TimeoutException unreadable) {
            LOG.warn("Could not read {} of topic {} ({}): taking Kafka's default, {}",
                    TopicConfig.MAX_MESSAGE_BYTES_CONFIG, topic, unreadable.toString(),
                    PipelineLimits.KAFKA_MAX_MESSAGE_BYTES);
            return PipelineLimits.KAFKA_MAX_MESSAGE_BYTES;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading the topics' limits", interrupted);
        }
    }
}
