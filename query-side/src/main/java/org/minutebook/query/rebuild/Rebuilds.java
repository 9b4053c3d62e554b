package org.minutebook.query.rebuild;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import com.mongodb.client.model.ReplaceOptions;
import org.springframework.beans.factory.annotation.Value;
import org.minutebook.events.EventContract;
import org.minutebook.query.platform.MongoStorage;
import org.minutebook.query.platform.RebuildableReadModel;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Date;
import java.util.Optional;
import java.util.Map;

/**
 * Rebuilds every read model by replaying the topic from its first event: the processors are stopped, every read
 * model and every stored position dropped, and the processors started again, exactly as on a first start. (Axon's
 * token reset keeps a replay token that, on a topic of several partitions, stopped after one partition.) Progress
 * is the events the processors have done out of what the topic held when the rebuild started.
 */
@Component
public class Rebuilds {

    static final String LAST_REBUILD = "last_rebuild";

    private final EventProcessingConfiguration processing;
    private final ConsumerFactory<?, ?> consumers;
    private final List<RebuildableReadModel> readModels;
    private final MongoCollection<Document> positions;
    private final MongoCollection<Document> lastRebuild;
    private final Duration interval;
    private volatile Rebuild current;

    Rebuilds(EventProcessingConfiguration processing,
             @Qualifier("axonKafkaConsumerFactory") ConsumerFactory<?, ?> consumers,
             List<RebuildableReadModel> readModels, MongoDatabase database,
             @Value("${minutebook.rebuild.min-interval:PT10M}") Duration interval) {
        this.processing = processing;
        this.lastRebuild = database.getCollection(LAST_REBUILD);
        this.interval = interval;
        this.consumers = consumers;
        this.readModels = readModels;
        this.positions = database.getCollection(MongoStorage.POSITIONS);
    }

    /**
     * Starts a rebuild; refused while one is under way, and, unless forced, within the configured interval of the
     * last one's start (on any instance, across restarts): a rebuild withdraws every read model until it is done,
     * so one restarted in a loop would keep the record from the public.
     */
    public synchronized Progress start(boolean force) {
        if (current != null && !current.progress().finished()) {
            throw new RebuildUnderWay(current.progress());
        }
        Optional<Instant> last = lastStarted();
        if (!force && last.isPresent() && last.get().plus(interval).isAfter(Instant.now())) {
            throw new RebuildTooSoon(last.get(), last.get().plus(interval));
        }
        long eventsInTopic = eventsInTopic();
        List<StreamingEventProcessor> processors = processors();
        processors.forEach(StreamingEventProcessor::shutDown);
        readModels.forEach(RebuildableReadModel::drop);
        positions.deleteMany(Filters.in("processorName",
                processors.stream().map(StreamingEventProcessor::getName).toList()));
        processors.forEach(StreamingEventProcessor::start);
        // to the millisecond, as MongoDB keeps it: the start told now is the start told later
        current = new Rebuild(Instant.now().truncatedTo(ChronoUnit.MILLIS), eventsInTopic);
        lastRebuild.replaceOne(Filters.eq("_id", LAST_REBUILD), new Document("_id", LAST_REBUILD)
                .append("startedAt", Date.from(current.startedAt)), new ReplaceOptions().upsert(true));
        return current.progress();
    }

    /** When the last rebuild started, on any instance of the query side. */
    public Optional<Instant> lastStarted() {
        return Optional.ofNullable(lastRebuild.find(Filters.eq("_id", LAST_REBUILD)).first())
                .map(last -> last.getDate("startedAt").toInstant());
    }

    /** The rebuild under way or last finished, or null when there has been none since start. */
    public Progress progress() {
        Rebuild rebuild = current;
        return rebuild == null ? null : rebuild.progress();
    }

    public boolean underWay() {
        Rebuild rebuild = current;
        return rebuild != null && !rebuild.progress().finished();
    }

    private List<StreamingEventProcessor> processors() {
        List<StreamingEventProcessor> processors = new ArrayList<>();
        processing.eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.add(streaming);
            }
        });
        return processors;
    }

    private long eventsInTopic() {
        try (Consumer<?, ?> consumer = consumers.createConsumer(null)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(EventContract.MEETING_EVENTS_TOPIC)) {
                partitions.add(new TopicPartition(partition.topic(), partition.partition()));
            }
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static long eventsDone(StreamingEventProcessor processor) {
        long done = 0;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            TrackingToken token = WrappedToken.unwrapLowerBound(status.getTrackingToken());
            if (token instanceof KafkaTrackingToken kafka) {
                done += kafka.getPositions().values().stream().mapToLong(offset -> offset + 1).sum();
            }
        }
        return done;
    }

    private final class Rebuild {

        private final Instant startedAt;
        private final long eventsInTopic;
        private Instant finishedAt;

        Rebuild(Instant startedAt, long eventsInTopic) {
            this.startedAt = startedAt;
            this.eventsInTopic = eventsInTopic;
        }

        synchronized Progress progress() {
            Map<String, Long> done = new LinkedHashMap<>();
            processors().forEach(processor -> done.put(processor.getName(), Math.min(eventsDone(processor),
                    eventsInTopic)));
            long total = eventsInTopic * done.size();
            long doneAll = done.values().stream().mapToLong(Long::longValue).sum();
            if (finishedAt == null && doneAll >= total) {
                finishedAt = Instant.now();
            }
            Instant until = finishedAt != null ? finishedAt : Instant.now();
            double seconds = Math.max(0.001, Duration.between(startedAt, until).toMillis() / 1000.0);
            double rate = doneAll / seconds;
            Long secondsLeft = finishedAt != null ? Long.valueOf(0) : rate > 0 ? (long) ((total - doneAll) / rate) : null;
            return new Progress(startedAt, finishedAt, eventsInTopic, doneAll, total,
                    total == 0 ? 100 : (int) (100 * doneAll / total), Math.round(rate), secondsLeft, done);
        }
    }

    /**
     * How far a rebuild has got: events done out of total (the topic's events times the read models rebuilt),
     * the rate in events a second, and the seconds left at that rate.
     */
    public record Progress(Instant startedAt, Instant finishedAt, long eventsInTopic, long eventsDone,
                           long eventsTotal, int percent, long eventsPerSecond, Long secondsLeft,
                           Map<String, Long> eventsDoneByReadModel) {

        public boolean finished() {
            return finishedAt != null;
        }
    }
}
