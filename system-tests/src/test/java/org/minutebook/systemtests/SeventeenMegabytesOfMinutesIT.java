package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A meeting minuted at length: seventeen items, each minute nearly a megabyte (more than MongoDB's 16 MB a
 * document in all). Every minute is projected and read back whole, no fact skipped and none parked, and again
 * after the read models are rebuilt.
 */
class SeventeenMegabytesOfMinutesIT {

    private static final String COMMITTEE = "long-minutes";
    private static final int ITEMS = 17;
    /** A minute of ten paragraphs of 99,000 characters (a paragraph holds at most 100,000). */
    private static final int PARAGRAPHS = 10;
    private static final int PARAGRAPH = 99_000;
    private static Minutebook minutebook;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(COMMITTEE, "Scrutiny Board that minutes at length");
    }

    @Test
    void seventeenMinutesOfNearlyAMegabyteAreAllProjectedAndSurviveARebuild() throws Exception {
        String meetingId = AMeeting.opened(minutebook, COMMITTEE);
        long version = 1;
        for (int item = 1; item <= ITEMS; item++) {
            record(meetingId, "/agenda/items", """
                    {"itemId": "item-%d", "number": "%d", "title": "Report %d"}""".formatted(item, item, item));
            String paragraph = "{\"kind\": \"PARAGRAPH\", \"text\": \"" + Character.toString('a' + item)
                    .repeat(PARAGRAPH) + "\"}";
            version = record(meetingId, "/items/item-" + item + "/minute", "{\"blocks\": ["
                    + String.join(",", java.util.Collections.nCopies(PARAGRAPHS, paragraph)) + "]}");
        }

        assertEveryMinuteIsWhole(meetingId, version);
        assertThat(AMeeting.parked(minutebook, meetingId)).isEmpty();

        Http.Response rebuild = Http.postAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/rebuild?force=true",
                "{}");
        assertThat(rebuild.status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> !Http.getAs(
                Users.OPERATOR, minutebook.querySide() + "/api/admin/rebuild").json().get("finishedAt").isNull());

        assertEveryMinuteIsWhole(meetingId, version);
        assertThat(AMeeting.parked(minutebook, meetingId)).isEmpty();
    }

    private static void assertEveryMinuteIsWhole(String meetingId, long version) throws Exception {
        String minutes = minutebook.querySide() + "/api/meetings/" + meetingId + "/minutes?minVersion=" + version;
        await().atMost(Duration.ofMinutes(3)).until(() -> Http.getAs(Users.AUDITOR, minutes).status() == 200);
        JsonNode record = Http.getAs(Users.AUDITOR, minutes).json();

        assertThat(record.get("version").asLong()).isEqualTo(version);
        List<Integer> lengths = new ArrayList<>();
        for (JsonNode item : record.get("items")) {
            for (JsonNode fact : item.get("business")) {
                if (fact.get("fact").asText().equals("minute")) {
                    int length = 0;
                    for (JsonNode block : fact.get("blocks")) {
                        length += block.get("text").asText().length();
                    }
                    lengths.add(length);
                }
            }
        }
        assertThat(lengths).hasSize(ITEMS).containsOnly(PARAGRAPHS * PARAGRAPH);
    }

    private static long record(String meetingId, String path, String body) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + "/api/meetings/" + meetingId + path, body);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isEqualTo(201);
        return answer.json().get("version").asLong();
    }
}
