package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.events.EventContract;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A meeting's record is tampered with by someone who administers the event store's database — and so can edit any
 * row, recompute any hash and delete anything — and verify, over HTTP, still tells. The seals are signed with a
 * key the database never holds, and every seal is published as the meeting's chain head on Kafka.
 */
class TamperEvidenceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An administrator's recomputation of one seal, as docs/http-api.md describes the hash, in SQL alone. */
    private static final String RECOMPUTE_SEAL = """
            UPDATE event_seal s SET previous_hash = p.hash, hash = encode(sha256(
                   convert_to(p.hash, 'UTF8') || '\\x00'::bytea
                || convert_to(e.eventidentifier, 'UTF8') || '\\x00'::bytea
                || convert_to(e.aggregateidentifier, 'UTF8') || '\\x00'::bytea
                || convert_to(e.sequencenumber::text, 'UTF8') || '\\x00'::bytea
                || convert_to(coalesce(e.type, 'null'), 'UTF8') || '\\x00'::bytea
                || convert_to(e.timestamp, 'UTF8') || '\\x00'::bytea
                || convert_to(e.payloadtype, 'UTF8') || '\\x00'::bytea
                || convert_to(coalesce(e.payloadrevision, 'null'), 'UTF8') || '\\x00'::bytea
                || e.payload || '\\x00'::bytea || coalesce(e.metadata, ''::bytea)), 'hex')
            FROM domainevententry e, event_seal p
            WHERE e.eventidentifier = s.event_identifier
              AND p.aggregate_identifier = s.aggregate_identifier AND p.sequence_number = s.sequence_number - 1
              AND s.aggregate_identifier = ? AND s.sequence_number = ?""";

    private static Minutebook minutebook;
    private String meetingId;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee("esb2", "Education and Children's Services Scrutiny Board (2)");
    }

    @BeforeEach
    void aMeetingRecordedAndSealed() throws Exception {
        meetingId = recordedAndSealed();
    }

    @Test
    void aMeetingNobodyTouchedIsIntactAndItsPublishedHeadsHoldUnderThePublishedKey() throws Exception {
        JsonNode verdict = verify();

        assertThat(verdict.get("intact").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.get("verdict").asText()).isEqualTo("intact");
        assertThat(verdict.get("checks").findValuesAsText("outcome")).containsExactly("passed", "passed", "passed");
        assertThat(verdict.get("publishedHead").get("sequenceNumber").asLong()).isEqualTo(6);

        // an auditor outside the service: the batches on the topic that seal the meeting, each statement checked
        // with the key the service publishes, and together giving every one of its seven seals
        List<JsonNode> batches = publishedBatchesOf(meetingId);
        Map<Long, String> sealed = new TreeMap<>();
        for (JsonNode batch : batches) {
            String statement = batch.get("statement").asText();
            String keyId = statement.split("\n")[2].substring("key:".length());
            assertThat(signatureHolds(statement, batch.get("signature").asText(), publicKey(keyId))).isTrue();
            String oneSealMore = statement + "\nseal:" + meetingId.length() + ":" + meetingId + ":7:" + "0".repeat(64);
            assertThat(signatureHolds(oneSealMore, batch.get("signature").asText(), publicKey(keyId))).isFalse();
            for (String line : statement.split("\n")) {
                String prefix = "seal:" + meetingId.length() + ":" + meetingId + ":";
                if (line.startsWith(prefix)) {
                    String[] sequenceAndHash = line.substring(prefix.length()).split(":");
                    sealed.put(Long.parseLong(sequenceAndHash[0]), sequenceAndHash[1]);
                }
            }
        }
        assertThat(sealed.keySet()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(sealed.get(6L)).isEqualTo(verdict.get("chainHead").asText());
        assertThat(batches.size()).as("a batch seals several events with one signature").isLessThanOrEqualTo(7);
    }

    @Test
    void anApologyEditedInTheDatabaseIsCaughtAtTheEditedEvent() throws Exception {
        editTheApology();

        JsonNode verdict = verify();

        assertCaught(verdict, "events-against-seals", "event-altered", 5);
    }

    @Test
    void anApologyEditedAndItsSealsRecomputedInSqlWithoutTheKeyIsCaughtAsForgedSeals() throws Exception {
        editTheApology();
        try (Connection eventStore = minutebook.eventStore();
             PreparedStatement recompute = eventStore.prepareStatement(RECOMPUTE_SEAL)) {
            for (long sequenceNumber = 5; sequenceNumber <= 6; sequenceNumber++) {
                recompute.setString(1, meetingId);
                recompute.setLong(2, sequenceNumber);
                assertThat(recompute.executeUpdate()).isEqualTo(1);
            }
        }

        JsonNode verdict = verify();

        assertCaught(verdict, "seal-signatures", "seal-forged", 5);
        // the recomputation was right: the edited events match their new seals; only the key is missing
        assertThat(verdict.get("checks").get(0).get("outcome").asText()).isEqualTo("passed");
        assertThat(verdict.get("checks").get(2).get("finding").get("verdict").asText()).isEqualTo("chain-rewritten");
    }

    @Test
    void theLastFactDeletedWithItsSealIsCaughtAsARemovedTail() throws Exception {
        sql("DELETE FROM event_seal WHERE aggregate_identifier = ? AND sequence_number = 6", meetingId, 1);
        sql("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 6", meetingId, 1);

        JsonNode verdict = verify();

        assertCaught(verdict, "published-heads", "tail-removed", 6);
        assertThat(verdict.get("events").asInt()).isEqualTo(6);
        assertThat(verdict.get("checks").findValuesAsText("outcome")).containsExactly("passed", "passed", "failed");
    }

    /**
     * Upgrading from seals made before they were signed: the sealing processor reads the store again from the
     * start (migration V4 drops its position) and signs each seal whose event still matches it — not one whose
     * event was edited meanwhile.
     */
    @Test
    void sealsMadeBeforeSigningAreSignedAtTheUpgradeUnlessTheirEventWasEditedMeanwhile() throws Exception {
        String editedBeforeTheUpgrade = recordedAndSealed();
        for (String meeting : List.of(meetingId, editedBeforeTheUpgrade)) {
            sql("UPDATE event_seal SET key_id = NULL, signature = NULL, batch_id = NULL WHERE aggregate_identifier = ?",
                    meeting, 7);
        }
        assertThat(verify(meetingId).get("verdict").asText()).isEqualTo("seal-unsigned");
        editTheApologyOf(editedBeforeTheUpgrade);

        minutebook.stopCommandSide();
        try (Connection eventStore = minutebook.eventStore()) {
            eventStore.createStatement().executeUpdate("DELETE FROM tokenentry WHERE processorname = 'event-sealing'");
        }
        minutebook.startCommandSide();

        await().atMost(Duration.ofSeconds(60)).until(() -> verify(meetingId).get("intact").asBoolean());
        JsonNode edited = verify(editedBeforeTheUpgrade);
        assertCaught(edited, "events-against-seals", "event-altered", 5);
        assertThat(edited.get("checks").get(1).get("finding").get("verdict").asText()).isEqualTo("seal-unsigned");
        assertThat(edited.get("checks").get(1).get("finding").get("sequenceNumber").asLong()).isEqualTo(5);
    }

    @Test
    void aMeetingNeverRecordedIsNotFound() throws Exception {
        assertThat(Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/meetings/esb2-never-held/verify").status())
                .isEqualTo(404);
    }

    /**
     * A meeting: scheduled, two items, opened (0–3), Councillor Smith present (4), Councillor Cole's apology (5),
     * Councillor Hunt present (6); once all seven are sealed.
     */
    private static String recordedAndSealed() throws Exception {
        String id = "esb2-" + UUID.randomUUID();
        String meeting = "/api/meetings/" + id;
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "esb2", "title": "Education and Children's Services Scrutiny Board (2)",
                 "startsAt": "2018-06-21T14:00", "venue": "Committee Room 3 - Council House"}""".formatted(id));
        record(meeting + "/agenda/items", """
                {"itemId": "item-4", "number": "4", "title": "Progress Towards an Outstanding Fostering Service"}""");
        record(meeting + "/agenda/items", """
                {"itemId": "item-5", "number": "5", "title": "Regional Adoption Agency Progress"}""");
        record(meeting + "/opening", """
                {"openedAt": "2018-06-21T14:00", "chair": {"id": "chair-esb2", "name": "Councillor Smith"}}""");
        record(meeting + "/attendance/members", """
                {"member": {"id": "smith", "name": "Councillor Smith"}}""");
        record(meeting + "/attendance/apologies", """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""");
        record(meeting + "/attendance/members", """
                {"member": {"id": "hunt", "name": "Councillor Hunt"}}""");
        await().atMost(Duration.ofSeconds(30)).until(() -> verify(id).get("sealed").asInt() == 7);
        return id;
    }

    private void editTheApology() throws Exception {
        editTheApologyOf(meetingId);
    }

    private static void editTheApologyOf(String meeting) throws Exception {
        sql("UPDATE domainevententry SET payload = "
                + "convert_to(replace(convert_from(payload, 'UTF8'), 'Cole', 'Coles'), 'UTF8') "
                + "WHERE aggregateidentifier = ? AND sequencenumber = 5", meeting, 1);
    }

    /** Runs the statement for the meeting, expecting it to change this many rows. */
    private static void sql(String statement, String meeting, int rows) throws Exception {
        try (Connection eventStore = minutebook.eventStore();
             PreparedStatement prepared = eventStore.prepareStatement(statement)) {
            prepared.setString(1, meeting);
            assertThat(prepared.executeUpdate()).as(statement).isEqualTo(rows);
        }
    }

    private static void assertCaught(JsonNode verdict, String check, String finding, long sequenceNumber) {
        assertThat(verdict.get("intact").asBoolean()).as(verdict.toString()).isFalse();
        assertThat(verdict.get("verdict").asText()).as(verdict.toString()).isEqualTo(finding);
        assertThat(verdict.get("firstBrokenLink").get("check").asText()).isEqualTo(check);
        assertThat(verdict.get("firstBrokenLink").get("sequenceNumber").asLong()).isEqualTo(sequenceNumber);
    }

    /** A batch's statement as docs/operations.md gives it, checked with Ed25519. */
    private static boolean signatureHolds(String statement, String signature, PublicKey key) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(statement.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }

    /**
     * The batch heads on the topic whose statements seal some of the meeting's events, each once (a batch is
     * published in every partition holding a record it seals).
     */
    private static List<JsonNode> publishedBatchesOf(String meeting) throws Exception {
        Map<Long, JsonNode> batches = new TreeMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, minutebook.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "tamper-evidence-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(EventContract.CHAIN_HEADS_TOPIC));
            long deadline = System.currentTimeMillis() + 20_000;
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (record.key() != null && record.key().startsWith("batch-")
                            && record.value().contains(":" + meeting + ":")) {
                        JsonNode batch = JSON.readTree(record.value());
                        batches.put(batch.get("batchId").asLong(), batch);
                        quietUntil = System.currentTimeMillis() + 2_000;
                    }
                }
            }
        }
        return List.copyOf(batches.values());
    }

    private static PublicKey publicKey(String keyId) throws Exception {
        for (JsonNode key : Http.get(minutebook.commandSide() + "/api/audit/seal-keys").json().get("keys")) {
            if (key.get("keyId").asText().equals(keyId)) {
                String pem = key.get("publicKey").asText();
                byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
                return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
            }
        }
        throw new AssertionError("The service publishes no key " + keyId);
    }

    private JsonNode verify() throws Exception {
        return verify(meetingId);
    }

    private static JsonNode verify(String meeting) throws Exception {
        Http.Response verdict = Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/meetings/" + meeting + "/verify");
        assertThat(verdict.status()).as(verdict.raw().body()).isEqualTo(200);
        return verdict.json();
    }

    private static void record(String path, String json) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + path, json);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isBetween(200, 201);
    }
}
