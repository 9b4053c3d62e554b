package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.localstack.FreePorts;
import org.minutebook.localstack.ServiceProcess;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Given read models projected from everything recorded so far, when an operator rebuilds them (every read model
 * dropped and replayed from Kafka), then they hold exactly the same documents as before.
 */
class RebuildingReadModelsIT {

    private static final String POISONED_COMMITTEE = "cfosc-rebuild-poison";
    private static final String COMMITTEE_REGISTERS = "committee_registers";
    private static final String OPARL_PEOPLE = "oparl_people";
    private static final String OPARL_PEOPLE_NAMED = "oparl_people_named";
    private static final String COMMITTEE_REGISTER_CHUNKS = "committee_register_chunks";
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

        assertThat(finished.get("eventsDone").asLong()).isEqualTo(finished.get("eventsTotal").asLong());
        // another test may have planted an event that cannot be projected: then, and only then, it is not 100 %
        assertThat(finished.get("percent").asInt() == 100).isEqualTo(finished.get("deadLetters").asLong() == 0);
        Set<String> parked = parkedRecords();
        assertSameDocuments(without(settledReadModels(), parked), without(live, parked));
        assertThat(live.get(COMMITTEE_REGISTERS)).filteredOn(row -> row.getString("register")
                .equals("decisions/leics-cfosc")).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void aRebuildWithAnEventParkedFinishesSayingSoAndEveryOtherMeetingIsIntact() throws Exception {
        minutebook.registerCommittee(POISONED_COMMITTEE, "Children and Families Overview and Scrutiny Committee");
        String poisoned = AMeeting.openedWithAnApology(minutebook, POISONED_COMMITTEE);
        String poison = MeetingEventsTopic.plantCorrectionNested900Deep(minutebook, poisoned, 2, 3);
        await().atMost(Duration.ofSeconds(60)).until(() -> AMeeting.parked(minutebook, poisoned).size() == 1);
        Map<String, List<Document>> live = settledReadModels();

        Http.Response started = Http.postAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/rebuild?force=true", "{}");
        assertThat(started.status()).isEqualTo(202);
        JsonNode finished = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(
                () -> Http.getAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/rebuild").json(),
                progress -> !progress.get("finishedAt").isNull());

        assertThat(finished.get("percent").asInt()).isLessThan(100);
        assertThat(finished.get("deadLetters").asLong()).isPositive();
        for (JsonNode processor : finished.get("processors")) {
            processor.get("partitions").forEach(partition ->
                    assertThat(partition.get("position").asLong()).isGreaterThanOrEqualTo(partition.get("end").asLong()));
            if (processor.get("processor").asText().equals("meeting-records")) {
                assertThat(processor.get("state").asText()).isEqualTo("DONE_WITH_DEAD_LETTERS");
            }
        }
        // the poisoned meeting is parked again, its first events projected; every other meeting is as it was
        assertThat(AMeeting.parked(minutebook, poisoned)).extracting(letter -> letter.get("id").asText())
                .containsExactly(poison);
        assertThat(Http.ok(minutebook.querySide() + "/api/meetings/" + poisoned).get("version").asLong()).isEqualTo(2);
        Set<String> parked = parkedRecords();
        parked.remove(poisoned);
        Map<String, List<Document>> rebuilt = settledReadModels();
        assertSameDocuments(without(rebuilt, parked), without(live, parked));
        assertThat(rebuilt.get("meeting_answers")).extracting(record -> record.getString("_id"))
                .contains(Minutebook.NOV_2020, Minutebook.NOV_2021, poisoned);
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
    void aSecondQuerySideRefusesARebuildWhileTheFirstRunsOneAndSaysItIsOnUntilItIsDoneOnBoth() throws Exception {
        String meeting = "/api/meetings/" + Minutebook.NOV_2020;
        ServiceProcess second = minutebook.anotherQuerySide("query side 2", FreePorts.next());
        try {
            JsonNode before = Http.ok(second.baseUrl() + meeting);

            Http.Response started = Http.postAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/rebuild?force=true", "{}");
            Http.Response refused = Http.postAs(Users.OPERATOR, second.baseUrl() + "/api/admin/rebuild?force=true", "{}");

            assertThat(started.status()).isEqualTo(202);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("type").asText()).endsWith("/rebuild-under-way");
            List<String> answered = new ArrayList<>();
            List<String> untold = new ArrayList<>();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> {
                Http.Response read = Http.get(second.baseUrl() + meeting);
                if (read.header("Minutebook-Rebuild") != null) {
                    answered.add(read.status() + " " + (read.status() == 200 ? "" : read.json().get("type").asText()));
                    return false;
                }
                // not told: the rebuild is not begun or is done there, so the answer must be whole
                if (read.status() != 200 || !read.json().equals(before)) {
                    untold.add(read.status() + " " + read.raw().body());
                }
                return !answered.isEmpty();
            });
            assertThat(untold).as("answers not saying a rebuild was on").isEmpty();
            // each answer while it ran said so: partial (200) or not there yet (503 rebuild-under-way), never 404
            assertThat(answered).isNotEmpty().allMatch(answer -> answer.startsWith("200")
                    || answer.equals("503 https://minutebook.org/problems/rebuild-under-way"));
            JsonNode done = Http.getAs(Users.OPERATOR, second.baseUrl() + "/api/admin/rebuild").json();
            assertThat(done.get("finishedAt").isNull()).isFalse();
            assertThat(done.get("eventsDone").asLong()).isEqualTo(done.get("eventsTotal").asLong());
        } finally {
            second.close();
        }
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

    /** The meetings (or committees) with events parked now. */
    private static Set<String> parkedRecords() throws Exception {
        Set<String> parked = new HashSet<>();
        Http.getAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/dead-letters").json()
                .forEach(letter -> parked.add(letter.get("recordId").asText()));
        return parked;
    }

    /**
     * The read models without any document that names one of the records: a record another test parked events of,
     * and discarded one, is not projected after a rebuild as it was before (the rebuild parks that event again).
     */
    /** The same documents in each collection; a failure names only those that differ, collection by collection. */
    private static void assertSameDocuments(Map<String, List<Document>> rebuilt, Map<String, List<Document>> live) {
        Map<String, List<Document>> onlyRebuilt = new TreeMap<>();
        Map<String, List<Document>> onlyLive = new TreeMap<>();
        Set<String> collections = new TreeSet<>(rebuilt.keySet());
        collections.addAll(live.keySet());
        for (String name : collections) {
            List<Document> after = rebuilt.getOrDefault(name, List.of());
            List<Document> before = live.getOrDefault(name, List.of());
            List<Document> added = after.stream().filter(document -> !before.contains(document)).toList();
            List<Document> lost = before.stream().filter(document -> !after.contains(document)).toList();
            if (!added.isEmpty()) {
                onlyRebuilt.put(name, added);
            }
            if (!lost.isEmpty()) {
                onlyLive.put(name, lost);
            }
        }
        assertThat(onlyRebuilt).as("documents rebuilt that the live read models did not hold (those held live and "
                + "not rebuilt: %s)", onlyLive).isEmpty();
        assertThat(onlyLive).as("documents held live and not rebuilt").isEmpty();
    }

    private static Map<String, List<Document>> without(Map<String, List<Document>> readModels, Set<String> records) {
        Map<String, List<Document>> kept = new TreeMap<>();
        readModels.forEach((name, documents) -> kept.put(name, documents.stream()
                .filter(document -> records.stream().noneMatch(record -> document.toJson().contains('"' + record + '"')))
                .toList()));
        return kept;
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
            // positions, dead letters (their times) and when the last rebuild started are about processing, not the
            // record; the committees' registers are compared by their rows, not by how they are cut into chunks
            if (!Set.of("trackingtokens", "dead_letters", "rebuild_lease", "query_instances", COMMITTEE_REGISTERS,
                    COMMITTEE_REGISTER_CHUNKS, OPARL_PEOPLE).contains(name)) {
                collections.put(name, database.getCollection(name).find().sort(Sorts.ascending("_id"))
                        .into(new ArrayList<>()));
            }
        }
        collections.put(COMMITTEE_REGISTERS, committeeRegisterRows(database));
        collections.put(OPARL_PEOPLE, livingPeople(database));
        return collections;
    }

    /**
     * OParl's people, as a rebuild keeps them: each person still named (or appointed), with the meetings naming them
     * (found from the meetings' documents, themselves compared whole with the other collections).
     * The rest is kept from the meetings as they changed — who was named first, when a correction un-named someone,
     * the tombstones — which a rebuild, folding each meeting whole, does not go through again.
     */
    private static List<Document> livingPeople(MongoDatabase database) {
        List<Document> living = new ArrayList<>();
        for (Document person : database.getCollection(OPARL_PEOPLE).find().sort(Sorts.ascending("_id"))) {
            boolean named = person.getBoolean("named", false);
            if (named || person.getBoolean("member", false)) {
                List<String> meetings = new ArrayList<>();
                database.getCollection(OPARL_PEOPLE_NAMED).find(Filters.eq("people", person.get("_id")))
                        .forEach(meeting -> meetings.add(meeting.getString("_id")));
                meetings.sort(null);
                living.add(new Document("_id", person.get("_id")).append("named", named).append("meetings", meetings));
            }
        }
        return living;
    }

    /** Each committee's decision register, row by row in order, as its pages answer it (to an auditor). */
    private static List<Document> committeeRegisterRows(MongoDatabase database) {
        List<Document> rows = new ArrayList<>();
        for (Document index : database.getCollection(COMMITTEE_REGISTERS).find().sort(Sorts.ascending("_id"))) {
            String committeeId = index.getString("_id").substring("decisions/".length());
            try {
                for (int page = 0; ; page++) {
                    JsonNode answer = Http.getAs(Users.AUDITOR, minutebook.querySide() + "/api/decisions?committeeId="
                            + committeeId + "&limit=200&page=" + page).json();
                    answer.get("items").forEach(row -> rows.add(new Document("register", index.getString("_id"))
                            .append("row", row.toString())));
                    if (answer.get("nextPage").isNull()) {
                        break;
                    }
                }
            } catch (Exception unanswered) {
                throw new AssertionError("The decision register of " + committeeId + " was not answered", unanswered);
            }
        }
        return rows;
    }
}
