package org.minutebook.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.minutebook.localstack.LocalMongo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replay: events a second to rebuild every read model from the topic ({@code POST /api/admin/rebuild}, followed
 * at {@code GET /api/admin/rebuild} until {@code finishedAt}): the topic's events divided by the time from the
 * rebuild's start to its end. The topic is first filled up to N events with copies of recorded meetings
 * (TopicCopies). Baselines on the same servers: a raw KafkaConsumer reading the whole topic, and raw batched
 * insertMany (1,000 a batch) of documents the size of an average event, through the MongoDB driver.
 */
final class ReplayFigure implements Figure {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public void measure(Run run) throws Exception {
        fillTopic(run, run.settings.replayEvents());
        List<Double> rates = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        long events = 0;
        String unfinished = null;
        for (int rep = 0; rep < run.settings.replayRepetitions() && !run.pastDeadline(); rep++) {
            Map<String, Double> cpuBefore = run.cpu.now();
            JsonNode progress = rebuild(run);
            Map<String, Double> used = CpuTimes.between(cpuBefore, run.cpu.now());
            details.put("rep" + rep, progress);
            // what each process spent on the rebuild alone: events per CPU-second say what the cores could do,
            // whatever else the machine was doing meanwhile
            details.put("rep" + rep + "CpuSeconds", used);
            events = progress.path("eventsInTopic").asLong();
            // what the rebuild wrote, so its rate can be set against the raw insertMany's documents and bytes
            details.put("rep" + rep + "ReadModels", readModels(run, events));
            if (progress.path("finishedAt").isNull() || progress.path("finishedAt").isMissingNode()) {
                unfinished = "did not finish: " + progress.path("percent").asInt() + " % after the time allowed";
                break;
            }
            double seconds = Duration.between(Instant.parse(progress.get("startedAt").asText()),
                    Instant.parse(progress.get("finishedAt").asText())).toMillis() / 1000.0;
            rates.add(events / seconds);
        }
        RawRead raw = rawConsumer(run);
        double insertRate = rawInsertMany(run, (int) Math.min(raw.records(), 200_000), raw.averageValueBytes());
        details.put("rawConsumer", raw);
        details.put("rawInsertManyDocumentsPerSecond", insertRate);
        run.results.detail("replay", details);
        Summary value = Summary.of(rates);
        if (value == null) {
            run.results.notMeasured(name(), "events per second rebuilding every read model", "≥ 20,000/s and ≥ 50 % of raw consumer",
                    unfinished != null ? unfinished : "the run reached its cap");
            return;
        }
        Summary consumer = Summary.of(List.of(raw.perSecond()));
        double ratio = value.median() / consumer.median();
        run.results.add(new Results.Row(name(), "events per second rebuilding every read model (" + events + " events)",
                "events/s", value, "raw KafkaConsumer", consumer, ratio, "≥ 20,000/s and ≥ 50 % of raw consumer",
                value.median() >= 20_000 && ratio >= 0.5, null));
        run.results.add(new Results.Row(name(), "… against raw insertMany of same-size documents", "events/s", value,
                "raw insertMany", Summary.of(List.of(insertRate)), value.median() / insertRate, null, null, null));
    }

    @Override
    public void notMeasured(Run run, String why) {
        run.results.notMeasured(name(), "events per second rebuilding every read model",
                "≥ 20,000/s and ≥ 50 % of raw consumer", why);
    }

    /** Copies recorded meetings onto the topic until it holds at least the wanted number of events. */
    private static void fillTopic(Run run, long wanted) {
        long onTopic = TopicCopies.eventsOnTopic(run);
        if (onTopic >= wanted) {
            return;
        }
        List<TopicCopies.Template> templates = new ArrayList<>();
        List<Meetings.Command> first = run.newMeeting("t");
        // Templates: the meetings recorded for the queries figure would do, but this figure must stand alone.
        for (int t = 0; t < run.meetings.templateCount(); t++) {
            List<Meetings.Command> steps = t == 0 ? first : run.newMeeting("t");
            long version = -1;
            for (Meetings.Command command : steps) {
                version = Meetings.record(run.commandSide(), command);
            }
            String id = steps.get(1).path().split("/")[3];
            TopicCopies.awaitProjected(run, id, version, Duration.ofMinutes(2));
            templates.add(TopicCopies.template(run, id));
        }
        double perMeeting = templates.stream().mapToLong(t -> t.records().size()).average().orElse(50);
        int copies = (int) Math.ceil((wanted - onTopic) / perMeeting);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            ids.add(run.newMeetingId("r"));
        }
        long start = System.nanoTime();
        TopicCopies.copy(run, templates, ids);
        System.out.printf("  %d meetings copied onto the topic in %.0f s; it holds %d events%n", copies,
                (System.nanoTime() - start) / 1e9, TopicCopies.eventsOnTopic(run));
    }

    /** Starts a rebuild and follows it until it finishes or the time allowed (the cap, at most 20 min) ends. */
    private static JsonNode rebuild(Run run) throws Exception {
        var started = Http.send(Http.request("POST", run.querySide() + "/api/admin/rebuild?force=true", "{}", Http.User.OPERATOR));
        if (started.statusCode() != 202) {
            throw new IllegalStateException("The rebuild did not start: " + started.statusCode() + " " + started.body());
        }
        Duration allowed = run.timeLeft().compareTo(Duration.ofMinutes(20)) < 0 ? run.timeLeft() : Duration.ofMinutes(20);
        long deadline = System.nanoTime() + Math.max(allowed.toNanos(), Duration.ofMinutes(2).toNanos());
        boolean dumped = false;
        JsonNode progress = JSON.readTree(started.body());
        while (System.nanoTime() < deadline) {
            Run.sleep(1000);
            java.net.http.HttpResponse<String> answer;
            try {
                answer = Http.send(Http.request("GET", run.querySide() + "/api/admin/rebuild", null,
                        Http.User.OPERATOR));
            } catch (java.io.UncheckedIOException busy) {
                continue; // asked again next second; a service that stopped answering fails the figure by its log
            }
            if (answer.statusCode() != 200) {
                continue; // 503 busy: asked again next second
            }
            progress = JSON.readTree(answer.body());
            if (!progress.path("finishedAt").isNull() && !progress.path("finishedAt").isMissingNode()) {
                return progress;
            }
            if (!dumped && progress.path("percent").asInt() >= 30) {
                run.threadDump("replay", run.stack.querySide);
                dumped = true;
            }
        }
        return progress;
    }

    record RawRead(long records, double seconds, double perSecond, int averageValueBytes) {
    }

    /** A raw consumer reading the whole topic from the beginning, as fast as it can. */
    private static RawRead rawConsumer(Run run) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(TopicCopies.consumerProperties(run))) {
            List<TopicPartition> partitions = TopicCopies.partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long records = 0;
            long bytes = 0;
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(10).toNanos();
            while (!TopicCopies.reached(consumer, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    bytes += record.value() == null ? 0 : record.value().length;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new RawRead(records, seconds, records / seconds, (int) (bytes / Math.max(1, records)));
        }
    }

    /**
     * The documents and bytes in the read models' collections (MongoDB's {@code collStats}), each collection's and
     * in all, and per event of the topic.
     */
    private static Map<String, Object> readModels(Run run, long events) {
        Map<String, Object> sizes = new LinkedHashMap<>();
        long documents = 0;
        long bytes = 0;
        try (MongoClient client = MongoClients.create(run.stack.mongoUri())) {
            var database = client.getDatabase(LocalMongo.DATABASE);
            for (String name : database.listCollectionNames()) {
                Document stats = database.runCommand(new Document("collStats", name));
                long count = ((Number) stats.getOrDefault("count", 0)).longValue();
                long size = ((Number) stats.getOrDefault("size", 0)).longValue();
                sizes.put(name, Map.of("documents", count, "bytes", size));
                documents += count;
                bytes += size;
            }
        } catch (RuntimeException unanswered) {
            sizes.put("unmeasured", unanswered.toString());
            return sizes;
        }
        sizes.put("documents", documents);
        sizes.put("bytes", bytes);
        if (events > 0) {
            sizes.put("documentsPerEvent", (double) documents / events);
            sizes.put("bytesPerEvent", (double) bytes / events);
        }
        return sizes;
    }

    /** Documents a second of batched insertMany into a scratch collection of the read models' database. */
    private static double rawInsertMany(Run run, int count, int documentBytes) {
        try (MongoClient client = MongoClients.create(run.stack.mongoUri())) {
            MongoCollection<Document> collection = client.getDatabase(LocalMongo.DATABASE).getCollection("benchmark_raw_insert");
            collection.drop();
            String body = "x".repeat(Math.max(1, documentBytes - 60));
            long start = System.nanoTime();
            List<Document> batch = new ArrayList<>(1000);
            for (int i = 0; i < count; i++) {
                batch.add(new Document("meetingId", "raw-" + (i / 50)).append("sequenceNumber", i % 50)
                        .append("body", body));
                if (batch.size() == 1000 || i == count - 1) {
                    collection.insertMany(batch);
                    batch = new ArrayList<>(1000);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            collection.drop();
            return count / seconds;
        }
    }
}
