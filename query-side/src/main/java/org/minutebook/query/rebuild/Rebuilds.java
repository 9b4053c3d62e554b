package org.minutebook.query.rebuild;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import com.mongodb.client.model.ReplaceOptions;
import org.springframework.beans.factory.annotation.Value;
import org.minutebook.events.EventContract;
import org.minutebook.query.deadletters.DeadLetters;
import org.minutebook.query.platform.MongoStorage;
import org.minutebook.query.platform.RebuildableReadModel;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Date;
import java.util.Optional;
import java.util.Map;

/**
 * Rebuilds every read model by replaying the topic from its first event: the processors are stopped, every read
 * model, every stored position and every dead letter dropped, and the processors started again, exactly as on a
 * first start. (Axon's token reset keeps a replay token that, on a topic of several partitions, stopped after one
 * partition.) A rebuild is done when every processor has passed, on every partition, the end offset the topic had
 * when it began; a processor failing, stalled or parking events shows as such ({@link ProcessorProgress}).
 */
@Component
public class Rebuilds {

    static final String LAST_REBUILD = "last_rebuild";

    private final EventProcessingConfiguration processing;
    private final ConsumerFactory<?, ?> consumers;
    private final List<RebuildableReadModel> readModels;
    private final DeadLetters deadLetters;
    private final MongoCollection<Document> positions;
    private final MongoCollection<Document> lastRebuild;
    private final Duration interval;
    private volatile Rebuild current;

    Rebuilds(EventProcessingConfiguration processing,
             @Qualifier("axonKafkaConsumerFactory") ConsumerFactory<?, ?> consumers,
             List<RebuildableReadModel> readModels, MongoDatabase database, DeadLetters deadLetters,
             @Value("${minutebook.rebuild.min-interval:PT10M}") Duration interval) {
        this.processing = processing;
        this.lastRebuild = database.getCollection(LAST_REBUILD);
        this.interval = interval;
        this.consumers = consumers;
        this.readModels = readModels;
        this.deadLetters = deadLetters;
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
        Map<TopicPartition, Long> endOffsets = endOffsets();
        List<StreamingEventProcessor> processors = processors();
        processors.forEach(StreamingEventProcessor::shutDown);
        readModels.forEach(RebuildableReadModel::drop);
        // what was parked belongs to the read models dropped: the replay parks again what still cannot be projected
        processors.forEach(processor -> deadLetters.clear(processor.getName()));
        positions.deleteMany(Filters.in("processorName",
                processors.stream().map(StreamingEventProcessor::getName).toList()));
        processors.forEach(StreamingEventProcessor::start);
        // to the millisecond, as MongoDB keeps it: the start told now is the start told later
        current = new Rebuild(Instant.now().truncatedTo(ChronoUnit.MILLIS), endOffsets);
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

    /** Where each partition of the topic ends now: a rebuild is done once every processor has passed these. */
    private Map<TopicPartition, Long> endOffsets() {
        try (Consumer<?, ?> consumer = consumers.createConsumer(null)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(EventContract.MEETING_EVENTS_TOPIC)) {
                partitions.add(new TopicPartition(partition.topic(), partition.partition()));
            }
            return Map.copyOf(consumer.endOffsets(partitions));
        }
    }

    private final class Rebuild {

        private final Instant startedAt;
        private final Map<TopicPartition, Long> endOffsets;
        private final long eventsInTopic;
        private final Map<String, Long> lastDone = new HashMap<>();
        private final Map<String, Instant> lastAdvancedAt = new HashMap<>();
        private Instant finishedAt;

        Rebuild(Instant startedAt, Map<TopicPartition, Long> endOffsets) {
            this.startedAt = startedAt;
            this.endOffsets = endOffsets;
            this.eventsInTopic = endOffsets.values().stream().mapToLong(Long::longValue).sum();
        }

        synchronized Progress progress() {
            List<ProcessorProgress> processors = processors().stream().map(this::progressOf).toList();
            long total = eventsInTopic * processors.size();
            long done = processors.stream().mapToLong(ProcessorProgress::eventsDone).sum();
            long parked = processors.stream().mapToLong(ProcessorProgress::deadLetters).sum();
            if (finishedAt == null && processors.stream().allMatch(ProcessorProgress::passedEnd)) {
                finishedAt = Instant.now();
            }
            Instant until = finishedAt != null ? finishedAt : Instant.now();
            double seconds = Math.max(0.001, Duration.between(startedAt, until).toMillis() / 1000.0);
            double rate = done / seconds;
            Long secondsLeft = finishedAt != null ? Long.valueOf(0) : rate > 0 ? (long) ((total - done) / rate) : null;
            // what was parked is read but not projected: a rebuild that parked anything never says 100 %
            long projected = Math.max(0, done - parked);
            int percent = total == 0 ? 100 : (int) (100 * projected / total);
            return new Progress(startedAt, finishedAt, eventsInTopic, done, total,
                    parked > 0 ? Math.min(percent, 99) : percent, parked, Math.round(rate), secondsLeft, processors);
        }

        private ProcessorProgress progressOf(StreamingEventProcessor processor) {
            String name = processor.getName();
            ProcessorProgress now = ProcessorProgress.of(processor, endOffsets, deadLetters.count(name),
                    lastAdvancedAt.getOrDefault(name, startedAt), lastDone.getOrDefault(name, 0L));
            if (now.eventsDone() > lastDone.getOrDefault(name, 0L)) {
                lastDone.put(name, now.eventsDone());
                lastAdvancedAt.put(name, Instant.now());
            }
            return now;
        }
    }

    /**
     * How far a rebuild has got: events read out of total (the topic's events when it began, times the read models
     * rebuilt), the share projected (never 100 while any is parked), the events parked as dead letters, the rate in
     * events a second, the seconds left at that rate, and each processor's progress. Finished once every processor
     * has passed the end offsets the topic had when the rebuild began.
     */
    public record Progress(Instant startedAt, Instant finishedAt, long eventsInTopic, long eventsDone,
                           long eventsTotal, int percent, long deadLetters, long eventsPerSecond, Long secondsLeft,
                           List<ProcessorProgress> processors) {

        public boolean finished() {
            return finishedAt != null;
        }
    }
}
