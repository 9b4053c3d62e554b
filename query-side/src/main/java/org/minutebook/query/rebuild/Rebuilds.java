package org.minutebook.query.rebuild;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.minutebook.events.EventContract;
import org.minutebook.query.deadletters.DeadLetters;
import org.minutebook.query.platform.RebuildableReadModel;
import org.minutebook.query.platform.ReadModelsRebuilding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Rebuilds every read model by replaying the topic from its first event, once across every instance of the query
 * side ({@link RebuildLease}): the instance asked takes the lease; every instance stops its processors; once all
 * have, the holder drops every read model, every stored position and every dead letter and starts its processors
 * again, as on a first start; the others start theirs too (they wait on the holder's claim, and take the replay
 * over should it stop). A request to rebuild on any instance while one runs is refused. (Axon's token reset keeps
 * a replay token that, on a topic of several partitions, stopped after one partition.)
 * <p>
 * A rebuild is done when every processor's stored position has passed, on every partition, the end offset the
 * topic had when it began; a processor in error, stalled or parking events says so ({@link ProcessorProgress}).
 * Every instance tells its progress, read from the lease and the stored positions, so every instance says a
 * rebuild is on ({@code RebuildNotice}).
 */
@Component
public class Rebuilds implements ReadModelsRebuilding {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);
    private static final Duration PROGRESS_KEPT = Duration.ofMillis(500);
    /** How long the notice on every answer trusts the watch's last reading (it reads every half second). */
    private static final Duration WATCHED_KEPT = Duration.ofSeconds(5);

    private final String instance = UUID.randomUUID().toString();
    private final EventProcessingConfiguration processing;
    private final ConsumerFactory<?, ?> consumers;
    private final List<RebuildableReadModel> readModels;
    private final DeadLetters deadLetters;
    private final StoredPositions positions;
    private final RebuildLease lease;
    private final Duration interval;
    private final Map<String, Long> lastDone = new HashMap<>();
    private final Map<String, Instant> lastAdvancedAt = new HashMap<>();
    /** The rebuild this instance stopped its processors for, until they run again. */
    private volatile String stoppedFor;
    private volatile Progress kept;
    private volatile Instant keptAt = Instant.EPOCH;
    /** The rebuild as the watch last read it (null: none), and when. */
    private volatile Progress watched;
    private volatile Instant watchedAt = Instant.EPOCH;

    Rebuilds(EventProcessingConfiguration processing,
             @Qualifier("axonKafkaConsumerFactory") ConsumerFactory<?, ?> consumers,
             List<RebuildableReadModel> readModels, MongoDatabase database, DeadLetters deadLetters,
             StoredPositions positions, @Value("${minutebook.rebuild.min-interval:PT10M}") Duration interval) {
        this.processing = processing;
        this.consumers = consumers;
        this.readModels = readModels;
        this.deadLetters = deadLetters;
        this.positions = positions;
        this.lease = new RebuildLease(database);
        this.interval = interval;
    }

    /**
     * Starts a rebuild; refused while one is under way on any instance, and, unless forced, within the configured
     * interval of the last one's start (on any instance, across restarts): a rebuild withdraws every read model
     * until it is done, so one restarted in a loop would keep the record from the public.
     */
    public synchronized Progress start(boolean force) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Optional<RebuildLease.Held> held = lease.read();
        if (held.isPresent() && held.get().state() != RebuildLease.State.DONE && !held.get().expired(now)) {
            throw new RebuildUnderWay(progressOf(held.get()));
        }
        Optional<Instant> last = held.map(RebuildLease.Held::startedAt);
        if (!force && last.isPresent() && last.get().plus(interval).isAfter(now)) {
            throw new RebuildTooSoon(last.get(), last.get().plus(interval));
        }
        String rebuildId = UUID.randomUUID().toString();
        if (!lease.take(rebuildId, instance, now, endOffsets())) {
            throw new RebuildUnderWay(lease.read().map(this::progressOf).orElseThrow());
        }
        // this instance stops at once; the rest of the way is the watch's, on every instance
        stopProcessors(rebuildId);
        lease.stoppedAt(rebuildId, instance);
        return forget().progress();
    }

    /** The rebuild under way or last finished, on any instance; null when there has been none. */
    public Progress progress() {
        if (keptAt.plus(PROGRESS_KEPT).isAfter(Instant.now())) {
            return kept;
        }
        Progress now = lease.read().map(this::progressOf).orElse(null);
        kept = now;
        keptAt = Instant.now();
        return now;
    }

    /**
     * The rebuild as the watch last read it, for the notice every answer carries: a request reads the lease itself
     * only when the watch has not read it for a while (MongoDB unreachable, say). Read by whichever request came
     * once the half second kept had passed, it was a second round trip, with the positions and dead letters counted
     * when a rebuild was ever made, in the queries' tail.
     */
    public Progress asWatched() {
        return watchedAt.plus(WATCHED_KEPT).isAfter(Instant.now()) ? watched : progress();
    }

    /** Whether a rebuild is under way on any instance (told as of the last half second). */
    @Override
    public boolean underWay() {
        Progress progress = progress();
        return progress != null && !progress.finished();
    }

    /**
     * Every half second, on every instance: says it is alive, and does its part of the rebuild under way, if any
     * (stops its processors, drops and replays when it holds the lease and every instance has stopped, starts them
     * again, tells when the replay is done, takes over from a holder gone).
     */
    @Scheduled(fixedDelay = 500, initialDelay = 500)
    public synchronized void watch() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try {
            lease.alive(instance, now);
            Optional<RebuildLease.Held> read = lease.read();
            read.ifPresent(held -> {
                // kept before its part is played: an instance says a rebuild is on from when it stops for it
                kept = progressOf(held);
                keptAt = Instant.now();
            });
            watched = read.isPresent() ? kept : null;
            watchedAt = Instant.now();
            read.ifPresent(held -> playPart(held, now));
        } catch (RuntimeException failed) {
            // MongoDB unreachable, say: the watch tries again at its next turn
            LOG.warn("The rebuild's watch could not do its part: {}", failed.toString());
        }
    }

    private void playPart(RebuildLease.Held held, Instant now) {
        boolean holding = held.holder().equals(instance);
        if (!holding && held.expired(now) && lease.takeOver(held, instance, now)) {
            LOG.info("Took over rebuild {} from instance {}, which stopped renewing it", held.rebuildId(),
                    held.holder());
            return;
        }
        switch (held.state()) {
            case STOPPING -> {
                if (!held.rebuildId().equals(stoppedFor)) {
                    stopProcessors(held.rebuildId());
                    lease.stoppedAt(held.rebuildId(), instance);
                } else if (holding && held.stopped().containsAll(lease.living(now))) {
                    dropAndReplay(held, now);
                } else if (holding) {
                    lease.renew(held.rebuildId(), now);
                }
            }
            case REPLAYING -> {
                if (held.rebuildId().equals(stoppedFor)) {
                    // the others wait on the holder's claim, and take the replay over should it stop
                    startProcessors();
                }
                if (holding) {
                    lease.renew(held.rebuildId(), now);
                    Progress progress = forget().progressOf(held);
                    if (progress.processors().stream().allMatch(ProcessorProgress::passedEnd)) {
                        lease.done(held.rebuildId(), now);
                        forget();
                    }
                }
            }
            case DONE -> {
                if (stoppedFor != null) {
                    startProcessors();
                }
            }
        }
    }

    private void dropAndReplay(RebuildLease.Held held, Instant now) {
        LOG.info("Every instance has stopped its processors: rebuild {} drops the read models and replays",
                held.rebuildId());
        List<String> names = processors().stream().map(StreamingEventProcessor::getName).toList();
        readModels.forEach(RebuildableReadModel::drop);
        // what was parked belongs to the read models dropped: the replay parks again what still cannot be projected
        names.forEach(deadLetters::clear);
        positions.forget(names);
        lastDone.clear();
        lastAdvancedAt.clear();
        startProcessors();
        lease.replaying(held.rebuildId(), now);
        forget();
    }

    private void stopProcessors(String rebuildId) {
        stoppedFor = rebuildId;
        processors().forEach(StreamingEventProcessor::shutDown);
    }

    private void startProcessors() {
        stoppedFor = null;
        processors().forEach(StreamingEventProcessor::start);
    }

    private Rebuilds forget() {
        keptAt = Instant.EPOCH;
        watchedAt = Instant.EPOCH;
        return this;
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

    private synchronized Progress progressOf(RebuildLease.Held held) {
        List<ProcessorProgress> processors = processors().stream().map(processor -> progressOf(held, processor))
                .toList();
        long eventsInTopic = held.endOffsets().values().stream().mapToLong(Long::longValue).sum();
        long total = eventsInTopic * processors.size();
        long done = processors.stream().mapToLong(ProcessorProgress::eventsDone).sum();
        long parked = processors.stream().mapToLong(ProcessorProgress::deadLetters).sum();
        Instant until = held.finishedAt() != null ? held.finishedAt() : Instant.now();
        double seconds = Math.max(0.001, Duration.between(held.startedAt(), until).toMillis() / 1000.0);
        double rate = done / seconds;
        Long secondsLeft = held.finishedAt() != null ? Long.valueOf(0) : rate > 0 ? (long) ((total - done) / rate)
                : null;
        // what was parked is read but not projected: a rebuild that parked anything never says 100 %
        long projected = Math.max(0, done - parked);
        int percent = total == 0 ? 100 : (int) (100 * projected / total);
        if (held.finishedAt() == null) {
            percent = Math.min(percent, 99);
        }
        return new Progress(held.startedAt(), held.finishedAt(), eventsInTopic, done, total,
                parked > 0 ? Math.min(percent, 99) : percent, parked, Math.round(rate), secondsLeft, processors);
    }

    private ProcessorProgress progressOf(RebuildLease.Held held, StreamingEventProcessor processor) {
        String name = processor.getName();
        String error = processor.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState)
                .map(status -> String.valueOf(status.getError())).findFirst().orElse(null);
        boolean stopping = held.state() == RebuildLease.State.STOPPING;
        ProcessorProgress now = ProcessorProgress.of(name, stopping ? Map.of() : positions.of(name),
                held.endOffsets(), deadLetters.count(name), error, stopping,
                lastAdvancedAt.getOrDefault(name, held.startedAt()), lastDone.getOrDefault(name, 0L));
        if (now.eventsDone() > lastDone.getOrDefault(name, 0L)) {
            lastDone.put(name, now.eventsDone());
            lastAdvancedAt.put(name, Instant.now());
        }
        return now;
    }

    /**
     * How far a rebuild has got: events read out of total (the topic's events when it began, times the read models
     * rebuilt), the share projected (never 100 while any is parked, or before it is done), the events parked as
     * dead letters, the rate in events a second, the seconds left at that rate, and each processor's progress.
     * Finished once every processor has passed the end offsets the topic had when the rebuild began.
     */
    public record Progress(Instant startedAt, Instant finishedAt, long eventsInTopic, long eventsDone,
                           long eventsTotal, int percent, long deadLetters, long eventsPerSecond, Long secondsLeft,
                           List<ProcessorProgress> processors) {

        public boolean finished() {
            return finishedAt != null;
        }
    }
}
