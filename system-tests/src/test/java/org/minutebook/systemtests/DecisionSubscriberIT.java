package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example subscriber (decision-subscriber), run from its jar as a governance system would run it: it prints
 * each decision once, even across a restart that replays the topic from the beginning; and it reads a decision from
 * the topic, from the pull feed and from a webhook, each of which says, with no other call, the council, the
 * committee, the meeting's day, the item and what was decided. A webhook the subscriber does not take is tried
 * again, after a pause, as the same decision, signed.
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
        String resolution = meetingId + "  1. An example subscriber  RESOLVED: That the example subscriber be adopted.";
        String deferral = meetingId + "  2. A report not yet ready  DEFERRED: The report was not ready";
        String referral = meetingId + "  1. An example subscriber  REFERRED to Scrutiny Board 4: the example subscriber";
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
        subscriber = startSubscriber(seenFile, firstRun, "--from-beginning");
        awaitPrinted(firstRun, resolution, deferral);
        stop(subscriber, firstRun);

        // The same group and seen-file, replaying the topic from the beginning again. A decision recorded after
        // the restart is the sign that it has read past the two earlier ones: they share the meeting's partition.
        Path secondRun = workDir.resolve(group + ".2.out");
        subscriber = startSubscriber(seenFile, secondRun, "--from-beginning");
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
        assertThat(printed.get(0)).isEqualTo("2021-11-02  Test Council  Decision Subscriber Scrutiny Commission  "
                + resolution);
    }

    @Test
    void aDecisionFromTheTopicThePullFeedAndAWebhookSaysItsCouncilCommitteeDayItemAndOutcome() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Http.Response registered = Http.postAs(Users.OPERATOR, minutebook.commandSide()
                + "/api/admin/decision-subscribers", """
                {"url": "http://localhost:%d/decisions"}""".formatted(port));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        String secret = registered.json().get("secret").asText();
        String subscriberPath = minutebook.commandSide() + "/api/admin/decision-subscribers/"
                + registered.json().get("id").asText();

        Path fromTheTopic = workDir.resolve(group + ".topic.out");
        subscriber = startSubscriber(workDir.resolve(group + ".topic.seen"), fromTheTopic, "--from-beginning");
        Process pulling = startSubscriber(workDir.resolve(group + ".feed.seen"), workDir.resolve(group + ".feed.out"),
                "--pull-feed", minutebook.commandSide());
        Process receiving = startSubscriber(workDir.resolve(group + ".webhook.seen"),
                workDir.resolve(group + ".webhook.out"), Map.of("WEBHOOK_SECRET", secret), "--webhook",
                Integer.toString(port));
        try {
            // the receiver listens before there is a decision to deliver, so the first attempt finds it
            await().atMost(PRINTED_WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> listens(port));
            recordAMeetingWithADecision();
            String decision = "2021-11-02  Test Council  Decision Subscriber Scrutiny Commission  " + meetingId
                    + "  1. An example subscriber  RESOLVED: a) That the example subscriber be adopted; b) That it be"
                    + " shown to every council. (5 for, 1 against)";
            awaitPrinted(subscriber, fromTheTopic, decision);
            awaitPrinted(pulling, workDir.resolve(group + ".feed.out"), decision);
            awaitPrinted(receiving, workDir.resolve(group + ".webhook.out"), decision);
            JsonNode delivered = Http.getAs(Users.OPERATOR, subscriberPath).json();
            assertThat(delivered.get("deliveredPosition").asLong()).isPositive();
            assertThat(delivered.get("secret").isNull()).as("the secret is shown once, at registration").isTrue();
        } finally {
            pulling.destroyForcibly().waitFor();
            receiving.destroyForcibly().waitFor();
            // the other tests' decisions are not to be tried on a receiver that is gone
            Http.sendAs(Users.OPERATOR, "DELETE", subscriberPath, "");
        }
    }

    @Test
    void aWebhookRefusedAtFirstIsTriedAgainAfterAPauseWithTheSameIdSignedWithTheSubscribersSecret() throws Exception {
        List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean ours = body.contains("\"meetingId\":\"" + meetingId + "\"");
            Delivery delivery = new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, System.nanoTime());
            boolean first = ours && deliveries.isEmpty();
            if (ours) {
                deliveries.add(delivery);
            }
            // the first delivery of this meeting's decision finds the subscriber down for a moment
            exchange.sendResponseHeaders(first ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        Http.Response registered = Http.postAs(Users.OPERATOR, minutebook.commandSide()
                + "/api/admin/decision-subscribers", """
                {"url": "http://localhost:%d/decisions", "council": "Test Council"}"""
                .formatted(receiver.getAddress().getPort()));
        String subscriberPath = minutebook.commandSide() + "/api/admin/decision-subscribers/"
                + registered.json().get("id").asText();
        try {
            recordAMeetingWithADecision();

            await().atMost(PRINTED_WITHIN).until(() -> deliveries.size() >= 2);
            Delivery refused = deliveries.get(0);
            Delivery taken = deliveries.get(1);
            assertThat(taken.id()).as("the same decision, to de-duplicate on").isEqualTo(refused.id());
            assertThat(taken.body()).isEqualTo(refused.body());
            assertThat(Duration.ofNanos(taken.arrivedAt() - refused.arrivedAt())).as("tried again after a pause")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(900));
            String secret = registered.json().get("secret").asText();
            for (Delivery delivery : deliveries) {
                assertThat(delivery.signature()).isEqualTo(signed(secret, delivery));
            }
            JsonNode decision = new ObjectMapper().readTree(taken.body());
            assertThat(decision.get("id").asText()).isEqualTo(taken.id());
            assertThat(decision.at("/committee/council").asText()).isEqualTo("Test Council");
            JsonNode standing = Http.getAs(Users.OPERATOR, subscriberPath).json();
            assertThat(standing.get("attempts").asInt()).as("no failure since the decision was taken").isZero();
        } finally {
            receiver.stop(0);
            Http.sendAs(Users.OPERATOR, "DELETE", subscriberPath, "");
        }
    }

    /** A delivery as the receiver saw it: its Standard Webhooks headers, its body, when it arrived. */
    private record Delivery(String id, String timestamp, String signature, String body, long arrivedAt) {
    }

    /** "v1," and the base64 HMAC-SHA256 of id.timestamp.body under the secret's bytes (Standard Webhooks). */
    private static String signed(String secret, Delivery delivery) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((delivery.id() + "." + delivery.timestamp()
                + "." + delivery.body()).getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void recordAMeetingWithADecision() throws Exception {
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "dsub", "title": "Decision Subscriber Scrutiny Commission",
                 "startsAt": "2021-11-02T14:00", "venue": "County Hall, Glenfield"}""".formatted(meetingId));
        record(meeting("/agenda/items"), """
                {"itemId": "item-1", "number": "1", "title": "An example subscriber"}""");
        record(meeting("/opening"), """
                {"openedAt": "2021-11-02T14:00", "chair": {"id": "chair-dsub", "name": "Mrs. H. J. Fryer CC"}}""");
        record(meeting("/items/item-1/resolutions"), """
                {"resolutionId": "res-1", "form": "RESOLVED", "vote": {"votesFor": 5, "against": 1},
                 "parts": [{"label": "a)", "text": "That the example subscriber be adopted;"},
                           {"label": "b)", "text": "That it be shown to every council."}]}""");
    }

    /** {@code java -jar decision-subscriber-…-exec.jar --seen-file … <arguments>}, its output in a file. */
    private Process startSubscriber(Path seenFile, Path output, String... arguments) throws IOException {
        return startSubscriber(seenFile, output, Map.of(), arguments);
    }

    private Process startSubscriber(Path seenFile, Path output, Map<String, String> environment, String... arguments)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-jar",
                System.getProperty("minutebook.decision-subscriber.jar"), "--seen-file", seenFile.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(log(output).toFile());
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", minutebook.kafkaBootstrapServers());
        builder.environment().put("SUBSCRIBER_GROUP", group);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void awaitPrinted(Path output, String... decisions) {
        awaitPrinted(subscriber, output, decisions);
    }

    private void awaitPrinted(Process printer, Path output, String... decisions) {
        await().atMost(PRINTED_WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(printer.isAlive()).as("the subscriber is running; its log:\n%s", logOf(output)).isTrue();
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
