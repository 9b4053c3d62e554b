package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Given read models projected from everything recorded so far, when an operator rebuilds them (every read model
 * dropped and replayed from Kafka), then they hold exactly the same documents as before.
 */
class RebuildingReadModelsIT {

    private static Minutebook minutebook;

    @BeforeAll
    static void recordBothMeetings() throws Exception {
        minutebook = Minutebook.running();
        minutebook.recordPublishedMinutes();
    }

    @Test
    void rebuiltReadModelsEqualTheLiveOnes() throws Exception {
        Map<String, List<Document>> live = settledReadModels();

        Http.Response started = Http.postAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/rebuild?force=true", "{}");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("eventsInTopic").asLong()).isPositive();
        JsonNode finished = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(
                () -> Http.getAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/rebuild").json(),
                progress -> !progress.get("finishedAt").isNull());

        assertThat(finished.get("percent").asInt()).isEqualTo(100);
        assertThat(finished.get("eventsDone").asLong()).isEqualTo(finished.get("eventsTotal").asLong());
        assertThat(settledReadModels()).isEqualTo(live);
        assertThat(live.get("decisions")).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void aSecondRebuildWhileOneIsUnderWayIsRefused() throws Exception {
        Http.Response first = Http.postAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/rebuild?force=true", "{}");
        Http.Response second = Http.postAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/rebuild?force=true", "{}");

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("type").asText()).endsWith("/rebuild-under-way");
        await().atMost(Duration.ofMinutes(3)).until(
                () -> !Http.getAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/rebuild").json().get("finishedAt").isNull());
    }

    @Test
    void aRebuildSoonAfterTheLastIsRefusedSayingWhenTheLastStartedUnlessForced() throws Exception {
        String rebuild = minutebook.querySide() + "/api/admin/rebuild";
        await().atMost(Duration.ofMinutes(3)).until(() -> {
            Http.Response progress = Http.getAs(Users.OPERATOR, rebuild);
            return progress.status() == 204 || !progress.json().get("finishedAt").isNull();
        });
        Http.Response forced = Http.postAs(Users.OPERATOR, rebuild + "?force=true", "{}");
        assertThat(forced.status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(3)).until(
                () -> !Http.getAs(Users.OPERATOR, rebuild).json().get("finishedAt").isNull());

        Http.Response again = Http.postAs(Users.OPERATOR, rebuild, "{}");

        assertThat(again.status()).isEqualTo(429);
        assertThat(again.json().get("rule").asText()).isEqualTo("rebuild-too-soon");
        assertThat(Instant.parse(again.json().get("lastStartedAt").asText()))
                .isEqualTo(Instant.parse(forced.json().get("startedAt").asText()));
        assertThat(Long.parseLong(again.header("Retry-After"))).isPositive();
    }

    @Test
    void noOneButAnOperatorRebuildsTheReadModels() throws Exception {
        String rebuild = minutebook.querySide() + "/api/admin/rebuild?force=true";
        assertThat(Http.postAs(null, rebuild, "{}").status()).isEqualTo(401);
        assertThat(Http.postAs(Users.CLERK, rebuild, "{}").status()).isEqualTo(403);
        assertThat(Http.postAs(Users.AUDITOR, rebuild, "{}").status()).isEqualTo(403);
        assertThat(Http.get(minutebook.querySide() + "/api/admin/rebuild").status()).isEqualTo(401);
    }

    /** Every read-model collection (positions aside), once two reads a second apart agree. */
    private static Map<String, List<Document>> settledReadModels() {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(
                new java.util.concurrent.Callable<>() {
                    private Map<String, List<Document>> previous;

                    @Override
                    public Map<String, List<Document>> call() {
                        Map<String, List<Document>> now = readModels(minutebook.readModels());
                        Map<String, List<Document>> settled = now.equals(previous) ? now : null;
                        previous = now;
                        return settled;
                    }
                }, settled -> settled != null);
    }

    private static Map<String, List<Document>> readModels(MongoDatabase database) {
        Map<String, List<Document>> collections = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            // the processors' positions, and when the last rebuild started, are about the rebuild, not the record
            if (!name.equals("trackingtokens") && !name.equals("last_rebuild")) {
                collections.put(name, database.getCollection(name).find().sort(Sorts.ascending("_id"))
                        .into(new ArrayList<>()));
            }
        }
        return collections;
    }
}
