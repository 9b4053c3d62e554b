package org.minutebook.systemtests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example subscriber (decision-subscriber), run from its jar as a governance system would run it: it prints
 * each decision once, even across a restart that replays the topic from the beginning.
 */
class DecisionSubscriberIT {

    private static final Duration PRINTED_WITHIN = Duration.ofSeconds(60);

    private static Minutebook minutebook;
    private static Path workDir;
    private final String meetingId = "dsub-" + UUID.randomUUID();
    private final String group = "decision-subscriber-it-" + UUID.randomUUID();
    private Process subscriber;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee("dsub", "Decision Subscriber Scrutiny Commission");
        workDir = Path.of(System.getProperty("minutebook.work-dir", "target/system-test-data"))
                .resolve("decision-subscriber-" + System.currentTimeMillis());
        Files.createDirectories(workDir);
    }

    @AfterEach
    void stopSubscriber() throws InterruptedException {
        if (subscriber != null && subscriber.isAlive()) {
            subscriber.destroyForcibly().waitFor();
        }
    }

    @Test
    void printsEachDecisionOnceThoughItIsRestartedAndReplaysTheTopic() throws Exception {
        String resolution = meetingId + "  item-1  RESOLVED: That the example subscriber be adopted.";
        String deferral = meetingId + "  item-2  DEFERRED: The report was not ready";
        String referral = meetingId + "  item-1  REFERRED to Scrutiny Board 4: the example subscriber";
        Path seenFile = workDir.resolve(group + ".seen");
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "dsub", "title": "Decision Subscriber Scrutiny Commission",
                 "startsAt": "2021-11-02T14:00", "venue": "County Hall, Glenfield"}""".formatted(meetingId));
        record(meeting("/agenda/items"), """
                {"itemId": "item-1", "number": "1", "title": "An example subscriber"}""");
        record(meeting("/agenda/items"), """
                {"itemId": "item-2", "number": "2", "title": "A report not yet ready"}""");
        record(meeting("/opening"), """
                {"openedAt": "2021-11-02T14:00", "chair": {"id": "chair-dsub", "name": "Mrs. H. J. Fryer CC"}}""");
        record(meeting("/items/item-1/resolutions"), """
                {"resolutionId": "res-1", "form": "RESOLVED",
                 "parts": [{"text": "That the example subscriber be adopted."}]}""");
        record(meeting("/items/item-2/deferral"), """
                {"reason": "The report was not ready"}""");

        Path firstRun = workDir.resolve(group + ".1.out");
        subscriber = startSubscriber(seenFile, firstRun);
        awaitPrinted(firstRun, resolution, deferral);
        stop(subscriber, firstRun);

        // The same group and seen-file, replaying the topic from the beginning again. A decision recorded after
        // the restart is the sign that it has read past the two earlier ones: they share the meeting's partition.
        Path secondRun = workDir.resolve(group + ".2.out");
        subscriber = startSubscriber(seenFile, secondRun);
        record(meeting("/items/item-1/referrals"), """
                {"actionId": "ref-1", "resolutionId": "res-1", "toBody": "Scrutiny Board 4",
                 "subject": "the example subscriber"}""");
        awaitPrinted(secondRun, referral);
        stop(subscriber, secondRun);

        List<String> printed = ofThisMeeting(firstRun);
        printed.addAll(ofThisMeeting(secondRun));
        assertThat(printed).as("the decisions printed by both runs").hasSize(3);
        assertThat(printed).filteredOn(line -> line.endsWith(resolution)).hasSize(1);
        assertThat(printed).filteredOn(line -> line.endsWith(deferral)).hasSize(1);
        assertThat(printed).filteredOn(line -> line.endsWith(referral)).hasSize(1);
        assertThat(printed.get(0)).matches("\\d{4}-\\d{2}-\\d{2}  " + resolution);
    }

    /** {@code java -jar decision-subscriber-…-exec.jar --from-beginning --seen-file …}, its output in a file. */
    private Process startSubscriber(Path seenFile, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar",
                System.getProperty("minutebook.decision-subscriber.jar"),
                "--from-beginning", "--seen-file", seenFile.toString())
                .redirectOutput(output.toFile())
                .redirectError(log(output).toFile());
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", minutebook.kafkaBootstrapServers());
        builder.environment().put("SUBSCRIBER_GROUP", group);
        return builder.start();
    }

    private void awaitPrinted(Path output, String... decisions) {
        await().atMost(PRINTED_WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(subscriber.isAlive()).as("the subscriber is running; its log:\n%s", logOf(output)).isTrue();
            List<String> printed = ofThisMeeting(output);
            for (String decision : decisions) {
                assertThat(printed).as("printed so far; its log:\n%s", logOf(output))
                        .anySatisfy(line -> assertThat(line).endsWith(decision));
            }
        });
    }

    /** As Ctrl-C does: SIGTERM, on which the subscriber wakes its consumer, leaves the loop and closes. */
    private static void stop(Process process, Path output) throws Exception {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        assertThat(logOf(output)).as("the subscriber's log").contains("Stopped");
    }

    private List<String> ofThisMeeting(Path output) throws IOException {
        return Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("  " + meetingId + "  "))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static Path log(Path output) {
        return output.resolveSibling(output.getFileName() + ".log");
    }

    private static String logOf(Path output) throws IOException {
        Path log = log(output);
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
    }

    private String meeting(String path) {
        return "/api/meetings/" + meetingId + path;
    }

    private static void record(String path, String json) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + path, json);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isBetween(200, 201);
    }
}
