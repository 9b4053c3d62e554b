package org.minutebook.benchmark;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publication: events a second from the event store onto Kafka, measured two ways.
 * <ul>
 *   <li><b>Warm</b> (the target's row): on the running service, an operator's hold of publication
 *   ({@code POST /api/admin/publication/hold}) lets a backlog build while clients record meetings through HTTP
 *   (after ten seconds of recording with publication running, which warm it as the commands figure does in a full
 *   run); then the hold is released and the drain timed: the backlog (events stored while held) divided by the time
 *   from the release to the last of them on the topic. The publisher is never stopped nor its position moved.</li>
 *   <li><b>After a restart</b> (labelled, no target): the command side is stopped, the publisher's position moved
 *   back to the start, and on restart every stored event is published again (at-least-once delivery allows it;
 *   the projections are idempotent): stored events ÷ the time from the first to the last arriving. It measures a
 *   JVM in its first seconds, the JIT compiling while it publishes.</li>
 * </ul>
 * Baseline: a raw KafkaProducer with the publisher's settings (acks=all, idempotence) sending as many records as
 * the figure published, the same records (keys, headers and values sampled from the topic), to a topic with the
 * same partitions, on the same broker, after one unmeasured run of the same (the benchmark's JVM warm too).
 */
final class PublicationFigure implements Figure {

    private static final String PUBLISHER = "__axon-kafka-event-publishing-group";
    private static final String RAW_TOPIC = "benchmark.raw-producer";
    private static final String HOLD = "/api/admin/publication/hold";
    /** Issue 20: publication at half the raw producer's rate or better. */
    private static final String TARGET = "≥ 50 % of raw";
    private static final double WANTED = 0.50;

    @Override
    public String name() {
        return "publication";
    }

    @Override
    public void measure(Run run) throws Exception {
        Map<String, Object> details = new LinkedHashMap<>();
        List<Double> warm = new ArrayList<>();
        List<Double> warmRaw = new ArrayList<>();
        List<ConsumerRecord<byte[], byte[]>> samples = null;
        long backlog = 0;
        for (int rep = 0; rep < run.settings.repetitions() && !run.pastDeadline(); rep++) {
            Republished drained = drainHeldBacklog(run);
            details.put("warm" + rep, drained);
            samples = samples == null ? sample(run, 2000) : samples;
            warm.add(drained.events() / drained.seconds());
            warmRaw.add(rawProducer(run, samples, (int) drained.events()));
            backlog = drained.events();
        }
        Summary value = Summary.of(warm);
        Summary baseline = Summary.of(warmRaw);
        double ratio = value.median() / baseline.median();
        run.results.add(new Results.Row(name(), "events published per second, warm service (held backlog of "
                + backlog + ")", "events/s", value, "raw KafkaProducer", baseline, ratio, TARGET, ratio >= WANTED,
                null));

        List<Double> restarted = new ArrayList<>();
        List<Double> restartedRaw = new ArrayList<>();
        long stored = storedEvents(run);
        for (int rep = 0; rep < run.settings.repetitions() && !run.pastDeadline(); rep++) {
            Republished republished = republish(run, stored);
            restarted.add(republished.events() / republished.seconds());
            details.put("restart" + rep, republished);
            restartedRaw.add(rawProducer(run, samples, (int) Math.min(stored, 500_000)));
        }
        run.results.detail("publication", details);
        if (!restarted.isEmpty()) {
            Summary afterRestart = Summary.of(restarted);
            Summary restartBaseline = Summary.of(restartedRaw);
            run.results.add(new Results.Row(name(), "… after a restart, every stored event again (backlog of "
                    + stored + ", the JVM's first seconds)", "events/s", afterRestart, "raw KafkaProducer",
                    restartBaseline, afterRestart.median() / restartBaseline.median(), null, null, null));
        }
    }

    /**
     * Holds publication, records meetings through HTTP while it is held, releases it and times the drain. Waits
     * first until a hold may begin (after a hold, publication runs as long as it lasted).
     */
    private static Republished drainHeldBacklog(Run run) throws Exception {
        int recordSeconds = run.settings.quick() ? 8 : 40;
        int clients = run.settings.clients().stream().mapToInt(Integer::intValue).max().orElse(8);
        // publication warmed first, as the commands figure warms it in a full run: a warm service is measured
        CommandsFigure.httpRun(run, clients, run.settings.quick() ? 3 : 10, false);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (Http.send(holdRequest(run, "GET", null)).body().matches("(?s).*\"mayHoldAgainAt\"\\s*:\\s*\".*")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Publication could not be held again within 90 s");
            }
            Run.sleep(500);
        }
        var held = Http.send(holdRequest(run, "POST", "{\"seconds\": " + (recordSeconds + 15) + "}"));
        if (held.statusCode() != 200 || !held.body().contains("\"held\":true")) {
            throw new IllegalStateException("Publication was not held: " + held.statusCode() + " " + held.body());
        }
        Run.sleep(1000); // a batch under way when the hold began is published before the backlog is counted
        long storedAtHold = storedEvents(run);
        long onTopicAtHold = TopicCopies.eventsOnTopic(run);
        CommandsFigure.httpRun(run, clients, recordSeconds, false);
        long backlog = storedEvents(run) - storedAtHold;
        if (TopicCopies.eventsOnTopic(run) != onTopicAtHold) {
            throw new IllegalStateException("Events were published while publication was held");
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(TopicCopies.consumerProperties(run))) {
            List<TopicPartition> partitions = TopicCopies.partitions(consumer);
            consumer.endOffsets(partitions); // metadata first, so it is not timed
            long released = System.nanoTime();
            // a write is JSON, even without a body (the services refuse any other for cross-site safety)
            var release = Http.send(holdRequest(run, "DELETE", ""));
            if (release.statusCode() != 200) {
                throw new IllegalStateException("Publication was not released: " + release.body());
            }
            long until = released + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < until) {
                long published = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum()
                        - onTopicAtHold;
                if (published >= backlog) {
                    return new Republished(backlog, (System.nanoTime() - released) / 1e9);
                }
                Run.sleep(5);
            }
        }
        throw new IllegalStateException("The held backlog of " + backlog + " was not published within 5 minutes");
    }

    private static java.net.http.HttpRequest holdRequest(Run run, String method, String json) {
        return Http.request(method, run.commandSide() + HOLD, json, Http.User.OPERATOR);
    }

    @Override
    public void notMeasured(Run run, String why) {
        run.results.notMeasured(name(), "events published per second", TARGET, why);
    }

    private static long storedEvents(Run run) throws Exception {
        try (Connection connection = run.stack.eventStore(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            count.next();
            return count.getLong(1);
        }
    }

    /**
     * Seconds from the first to the last of the stored events reaching the topic after the publisher's position
     * is moved back to the start. The position is rewritten, not deleted: a processor without a position starts
     * with a replay token, and the publisher skips replayed events, so nothing would be published again.
     */
    private static Republished republish(Run run, long stored) throws Exception {
        run.stack.commandSide.close();
        try (Connection connection = run.stack.eventStore();
             var select = connection.prepareStatement("SELECT segment, token FROM tokenentry WHERE processorname = ?");
             var update = connection.prepareStatement(
                     "UPDATE tokenentry SET token = ?, owner = NULL WHERE processorname = ? AND segment = ?")) {
            select.setString(1, PUBLISHER);
            int rows = 0;
            try (ResultSet tokens = select.executeQuery()) {
                while (tokens.next()) {
                    String token = new String(tokens.getBytes(2), java.nio.charset.StandardCharsets.UTF_8);
                    if (!token.matches("(?s).*\"index\"\\s*:\\s*\\d+.*")) {
                        throw new IllegalStateException("Unexpected publisher token (not a JSON global index): " + token);
                    }
                    String start = token.replaceAll("\"index\"\\s*:\\s*\\d+", "\"index\":0")
                            .replaceAll("\"gaps\"\\s*:\\s*\\[[^\\]]*\\]", "\"gaps\":[]");
                    update.setBytes(1, start.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    update.setString(2, PUBLISHER);
                    update.setInt(3, tokens.getInt(1));
                    rows += update.executeUpdate();
                }
            }
            if (rows == 0) {
                throw new IllegalStateException("The publisher has no stored position to move back");
            }
        }
        long before = TopicCopies.eventsOnTopic(run);
        Thread starter = new Thread(() -> {
            try {
                run.stack.commandSide.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "command-side-restart");
        starter.start();
        Long first = null;
        long last = 0;
        long published = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(TopicCopies.consumerProperties(run))) {
            List<TopicPartition> partitions = TopicCopies.partitions(consumer);
            while (System.nanoTime() < deadline) {
                long now = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum() - before;
                long at = System.nanoTime();
                if (now > published) {
                    first = first == null ? at : first;
                    published = now;
                    last = at;
                }
                // Done when all are out, or when nothing more came for 15 s (the rate is then of what came).
                if (published >= stored || (first != null && at - last > 15_000_000_000L)) {
                    break;
                }
                Run.sleep(50);
            }
        }
        starter.join();
        if (first == null || last == first) {
            throw new IllegalStateException("The publisher did not publish the stored events again");
        }
        return new Republished(published, (last - first) / 1e9);
    }

    record Republished(long events, double seconds) {
    }

    private static List<ConsumerRecord<byte[], byte[]>> sample(Run run, int count) {
        List<ConsumerRecord<byte[], byte[]>> samples = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(TopicCopies.consumerProperties(run))) {
            List<TopicPartition> partitions = TopicCopies.partitions(consumer);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            // The latest records: as the command side published them (or copies of such, the same shape).
            end.forEach((p, offset) -> consumer.seek(p, Math.max(0, offset - count / partitions.size())));
            long deadline = System.currentTimeMillis() + 30_000;
            while (!TopicCopies.reached(consumer, end) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(samples::add);
            }
        }
        return samples;
    }

    /**
     * Events a second of a raw producer sending the sampled records, cycled, with the publisher's settings: the
     * second of two runs, the first warming the benchmark's JVM as the service's is warm.
     */
    private static double rawProducer(Run run, List<ConsumerRecord<byte[], byte[]>> samples, int count)
            throws Exception {
        rawProducerOnce(run, samples, count);
        return rawProducerOnce(run, samples, count);
    }

    /** Events a second of a raw producer sending the sampled records, cycled, with the publisher's settings. */
    private static double rawProducerOnce(Run run, List<ConsumerRecord<byte[], byte[]>> samples, int count)
            throws Exception {
        int partitions;
        // a new topic for each run of the baseline: a producer never meets the sequence numbers of the last one
        String topic = RAW_TOPIC + "-" + System.nanoTime();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", run.stack.kafka()))) {
            partitions = admin.describeTopics(Set.of(TopicCopies.TOPIC)).allTopicNames().get()
                    .get(TopicCopies.TOPIC).partitions().size();
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            awaitLeaders(admin, topic);
        }
        Properties props = new Properties();
        props.put("bootstrap.servers", run.stack.kafka());
        props.put("key.serializer", ByteArraySerializer.class.getName());
        props.put("value.serializer", ByteArraySerializer.class.getName());
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        AtomicLong failed = new AtomicLong();
        long start;
        double seconds;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            producer.partitionsFor(topic); // metadata first, so it is not timed
            // one record a partition, awaited: a producer's first sends to a partition whose leader is still being
            // elected fail with NOT_LEADER_OR_FOLLOWER, and an idempotent producer then loses its sequence
            for (int p = 0; p < partitions; p++) {
                ConsumerRecord<byte[], byte[]> sample = samples.get(0);
                producer.send(new ProducerRecord<>(topic, p, sample.key(), sample.value(), sample.headers())).get();
            }
            start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                ConsumerRecord<byte[], byte[]> sample = samples.get(i % samples.size());
                producer.send(new ProducerRecord<>(topic, null, sample.key(), sample.value(), sample.headers()),
                        (metadata, error) -> {
                            if (error != null) {
                                failed.incrementAndGet();
                            }
                        });
            }
            producer.flush();
            seconds = (System.nanoTime() - start) / 1e9;
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " raw records failed");
        }
        return count / seconds;
    }

    /** Until every partition of the new topic has a leader (creating a topic returns before they are elected). */
    private static void awaitLeaders(Admin admin, String topic) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .anyMatch(partition -> partition.leader() == null || partition.leader().isEmpty())) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the partitions of " + topic + " have no leader after 30 s");
            }
            Thread.sleep(100);
        }
    }
}
