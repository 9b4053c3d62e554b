package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event's place in the event store's global order is taken when it is appended, but it is seen only when its
 * transaction commits: a clerk's command held up (a slow disk, a lock) commits after commands appended later, and
 * the publishing processor has already passed its place. Axon's gap-aware position remembers the gap, so the event
 * is published when it commits, not skipped; and the query side, which reads each meeting's events in order from
 * the topic, projects it.
 */
class NoSkippedEventsIT {

    private static final int OTHER_MEETINGS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Minutebook minutebook;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee("cyps", "Children, Young People and Schools Scrutiny Commission");
    }

    @Test
    void anApologyWhoseAppendCommitsAfterLaterCommandsIsStillPublishedAndProjected() throws Exception {
        String heldMeeting = AMeeting.opened(minutebook, "cyps");
        List<String> otherMeetings = new ArrayList<>();
        for (int i = 0; i < OTHER_MEETINGS; i++) {
            otherMeetings.add(AMeeting.opened(minutebook, "cyps"));
        }
        long heldSequenceNumber = lastSequenceNumberOf(heldMeeting) + 1;
        ExecutorService clerk = Executors.newSingleThreadExecutor();
        Future<Http.Response> apology;
        JsonNode gapsWhileHeld;
        try (Connection holder = minutebook.eventStore()) {
            holder.setAutoCommit(false);
            // an uncommitted row on the apology's (meeting, sequence number): its append takes its place in the
            // global order, then waits on the unique key until this transaction ends
            holdPlaceOf(holder, heldMeeting, heldSequenceNumber);
            apology = clerk.submit(() -> Http.post(meeting(heldMeeting, "/attendance/apologies"), """
                    {"member": {"id": "cole", "name": "Councillor Cole"}}
                    """));
            await().atMost(Duration.ofSeconds(30)).until(NoSkippedEventsIT::anAppendIsWaiting);

            long lastLaterIndex = 0;
            for (String other : otherMeetings) {
                assertThat(Http.post(meeting(other, "/attendance/members"), """
                        {"member": {"id": "orton", "name": "Cllr Orton"}}
                        """).status()).isEqualTo(201);
                lastLaterIndex = Math.max(lastLaterIndex, globalIndexOf(other, lastSequenceNumberOf(other)));
            }
            long passed = lastLaterIndex;
            // the publisher has read past the apology's place and keeps it as a gap (all within the statement
            // timeout that the held append waits under)
            gapsWhileHeld = await().atMost(Duration.ofSeconds(6)).until(NoSkippedEventsIT::publishersPosition,
                    position -> position.get("index").asLong() >= passed).get("gaps");
            assertThat(apology).as("the apology is still held").isNotDone();
            holder.rollback();
        }

        Http.Response recorded = apology.get(60, TimeUnit.SECONDS);
        clerk.shutdown();
        assertThat(recorded.status()).isEqualTo(201);
        long heldIndex = globalIndexOf(heldMeeting, heldSequenceNumber);
        for (String other : otherMeetings) {
            assertThat(heldIndex).as("the apology's place comes before the later commands'")
                    .isLessThan(globalIndexOf(other, lastSequenceNumberOf(other)));
        }
        List<Long> gaps = new ArrayList<>();
        gapsWhileHeld.forEach(gap -> gaps.add(gap.asLong()));
        assertThat(gaps).as("the publisher's gaps while the apology was held").contains(heldIndex);
        long version = recorded.json().get("version").asLong();
        minutebook.awaitProjected(heldMeeting, version);
        List<String> apologies = new ArrayList<>();
        Http.ok(minutebook.querySide() + "/api/meetings/" + heldMeeting + "/attendance").get("apologies")
                .forEach(row -> apologies.add(row.get("person").get("name").asText()));
        assertThat(apologies).containsExactly("Councillor Cole");
    }

    private static String meeting(String meetingId, String path) {
        return minutebook.commandSide() + "/api/meetings/" + meetingId + path;
    }

    private static void holdPlaceOf(Connection holder, String meetingId, long sequenceNumber) throws SQLException {
        try (PreparedStatement insert = holder.prepareStatement("INSERT INTO domainevententry (aggregateidentifier, "
                + "sequencenumber, type, eventidentifier, payload, payloadtype, timestamp) "
                + "VALUES (?, ?, 'Meeting', ?, '\\x7b7d'::bytea, 'held', '2020-09-29T17:30:00Z')")) {
            insert.setString(1, meetingId);
            insert.setLong(2, sequenceNumber);
            insert.setString(3, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
    }

    /** The publishing processor's position: Axon's gap-aware token, kept as JSON in {@code tokenentry}. */
    private static JsonNode publishersPosition() throws Exception {
        try (Connection connection = minutebook.eventStore();
             ResultSet token = connection.createStatement().executeQuery("SELECT convert_from(token, 'UTF8') "
                     + "FROM tokenentry WHERE processorname = '__axon-kafka-event-publishing-group'")) {
            assertThat(token.next()).as("the publisher has a position").isTrue();
            return JSON.readTree(token.getString(1));
        }
    }

    private static boolean anAppendIsWaiting() throws SQLException {
        try (Connection connection = minutebook.eventStore();
             ResultSet waiting = connection.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE wait_event_type = 'Lock' AND query ILIKE 'insert into domainevententry%'")) {
            waiting.next();
            return waiting.getLong(1) > 0;
        }
    }

    private static long lastSequenceNumberOf(String meetingId) throws SQLException {
        return single("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?", meetingId,
                null);
    }

    private static long globalIndexOf(String meetingId, long sequenceNumber) throws SQLException {
        return single("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND sequencenumber = ?", meetingId, sequenceNumber);
    }

    private static long single(String sql, String meetingId, Long sequenceNumber) throws SQLException {
        try (Connection connection = minutebook.eventStore();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, meetingId);
            if (sequenceNumber != null) {
                query.setLong(2, sequenceNumber);
            }
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).as(sql).isTrue();
                return result.getLong(1);
            }
        }
    }
}
