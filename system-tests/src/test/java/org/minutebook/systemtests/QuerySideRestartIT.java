package org.minutebook.systemtests;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Given the query side is down, when two meetings are scheduled, then on its return it projects exactly those two,
 * once each, from its stored position on Kafka.
 */
class QuerySideRestartIT {

    private static Minutebook minutebook;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee("esb2", "Education and Children's Services Scrutiny Board (2)");
    }

    @Test
    void meetingsScheduledWhileTheQuerySideIsDownAreProjectedOnceWhenItReturns() throws Exception {
        MongoCollection<Document> meetings = minutebook.readModels().getCollection("meeting_answers");
        scheduleAndAwaitProjection("warm-up-" + UUID.randomUUID(), meetings);
        long before = meetings.countDocuments();

        minutebook.stopQuerySide();
        List<String> scheduledWhileDown = List.of("down-a-" + UUID.randomUUID(), "down-b-" + UUID.randomUUID());
        for (String meetingId : scheduledWhileDown) {
            assertThat(schedule(meetingId).status()).isEqualTo(201);
        }
        Thread.sleep(2_000); // time enough for a still-running projection to have written
        assertThat(meetings.countDocuments(in("_id", scheduledWhileDown))).isZero();

        minutebook.startQuerySide();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> meetings.countDocuments(in("_id", scheduledWhileDown)) == 2);
        Thread.sleep(2_000); // a duplicate projection, if any, would land now
        assertThat(meetings.countDocuments()).isEqualTo(before + 2);
        for (String meetingId : scheduledWhileDown) {
            assertThat(Http.get(minutebook.querySide() + "/api/meetings/" + meetingId).status()).isEqualTo(200);
        }
    }

    private static void scheduleAndAwaitProjection(String meetingId, MongoCollection<Document> meetings)
            throws Exception {
        assertThat(schedule(meetingId).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> meetings.countDocuments(in("_id", List.of(meetingId))) == 1);
    }

    private static Http.Response schedule(String meetingId) throws Exception {
        return Http.post(minutebook.commandSide() + "/api/meetings", """
                {"meetingId": "%s", "committeeId": "esb2", "title": "Education and Children's Services Scrutiny Board (2)",
                 "startsAt": "2018-06-21T14:00", "venue": "Committee Room 3 - Council House"}
                """.formatted(meetingId));
    }
}
