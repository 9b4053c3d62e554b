package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.localstack.FreePorts;
import org.minutebook.localstack.ServiceProcess;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sixteen clerks record the attendance of five meetings at once while the query side is killed outright
 * ({@code kill -9}) five times, mid-burst: once it is back, every fact the command side holds is in the read model,
 * on one instance and with failover between two; and no read with {@code minVersion} ever answered a record
 * without the facts that version promises.
 */
class KilledQuerySideIT {

    private static final String COMMITTEE = "killed-projection";
    private static final int MEETINGS = 5;
    private static final int KILLS = 5;
    private static Minutebook minutebook;

    @BeforeAll
    static void start() throws Exception {
        // a test that kills a server has a system of its own (Minutebook), so no other test meets it down
        minutebook = Minutebook.ownSystem();
        minutebook.registerCommittee(COMMITTEE, "Scrutiny Board whose read models are killed");
    }

    @AfterAll
    static void stop() {
        minutebook.close();
    }

    @Test
    void aQuerySideKilledFiveTimesMidBurstLosesNoFact() throws Exception {
        List<String> meetings = openMeetings();
        try (AttendanceBurst burst = AttendanceBurst.of(minutebook, meetings, minutebook::querySide)) {
            for (int kill = 0; kill < KILLS; kill++) {
                burst.awaitMore(40);
                minutebook.killQuerySide();
                burst.awaitMore(20);
                burst.pause();
                minutebook.startQuerySide();
                burst.resume();
            }
            burst.awaitMore(20);
            burst.stop();
            assertThat(burst.lies()).as("reads at minVersion without the promised fact").isEmpty();
        }
        assertEveryFactIsProjected(meetings);
    }

    @Test
    void twoQuerySidesKilledInTurnFiveTimesMidBurstLoseNoFact() throws Exception {
        List<String> meetings = openMeetings();
        int otherPort = FreePorts.next();
        ServiceProcess other = minutebook.anotherQuerySide("query side 2", otherPort);
        try (AttendanceBurst burst = AttendanceBurst.of(minutebook, meetings, minutebook::querySide)) {
            for (int kill = 0; kill < KILLS; kill++) {
                burst.awaitMore(40);
                // the instance left takes the projection over once the killed one's claim runs out
                if (kill % 2 == 0) {
                    minutebook.killQuerySide();
                    burst.awaitMore(20);
                    burst.pause();
                    minutebook.startQuerySide();
                } else {
                    other.kill();
                    burst.awaitMore(20);
                    burst.pause();
                    other = minutebook.anotherQuerySide("query side 2", otherPort);
                }
                burst.resume();
            }
            burst.awaitMore(20);
            burst.stop();
            assertThat(burst.lies()).as("reads at minVersion without the promised fact").isEmpty();
        } finally {
            other.close();
        }
        assertEveryFactIsProjected(meetings);
    }

    private static List<String> openMeetings() throws Exception {
        List<String> meetings = new ArrayList<>();
        for (int i = 0; i < MEETINGS; i++) {
            meetings.add(AMeeting.opened(minutebook, COMMITTEE));
        }
        return meetings;
    }

    /** Every attendance the command side recorded is in the query side's record, at the version it has reached. */
    private static void assertEveryFactIsProjected(List<String> meetings) throws Exception {
        for (String meetingId : meetings) {
            JsonNode history = Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/meetings/" + meetingId
                    + "/history").json();
            Set<Long> recorded = new TreeSet<>();
            long last = -1;
            for (JsonNode event : history) {
                last = Math.max(last, event.get("sequenceNumber").asLong());
                if (event.get("type").asText().endsWith("MemberAttended")) {
                    recorded.add(event.get("sequenceNumber").asLong());
                }
            }
            String minutes = minutebook.querySide() + "/api/meetings/" + meetingId + "/minutes?minVersion=" + last;
            await().atMost(Duration.ofSeconds(90)).until(() -> Http.get(minutes).status() == 200);
            JsonNode record = Http.get(minutes).json();

            assertThat(record.get("version").asLong()).isEqualTo(last);
            assertThat(AttendanceBurst.attended(record)).as("the attendance of " + meetingId).isEqualTo(recorded);
        }
    }
}
