package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import never overwrites a meeting a clerk recorded by hand: Coventry's page of 21 June 2018 (003), under a board
 * of its own, is imported; the same board's meeting of the next day is scheduled by hand and given an item (a meeting
 * only scheduled is filled in by an import); then a page for that day is refused, naming rule
 * {@code meeting-recorded-otherwise}, and records nothing.
 */
class ImportingOverTheRecordIT {

    private static final Path PAGE =
            Path.of("../minutes-reader/src/test/resources/seeds/pages/003_7e16a4421008c2b1.txt");
    private static final String BOARD = "Education and Children's Services Scrutiny Board (2)";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPageOfAMeetingRecordedByHandBeyondItsSchedulingIsRefusedAndRecordsNothing() throws Exception {
        Minutebook minutebook = Minutebook.running();
        String board = "Zqx" + UUID.randomUUID().toString().substring(0, 8) + " Scrutiny Board";
        String page = Files.readString(PAGE).replace(BOARD, board);
        JsonNode first = imported(minutebook, "first.txt", page);
        assertThat(first.get("outcome").asText()).isEqualTo("RECORDED");
        String committee = first.get("committeeId").asText();
        String nextDay = first.get("meetingId").asText().replace("2018-06-21", "2018-06-22");
        Http.Response byHand = Http.post(minutebook.commandSide() + "/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "%s", "date": "2018-06-22"}"""
                .formatted(nextDay, committee, board));
        assertThat(byHand.status()).as(byHand.raw().body()).isEqualTo(201);
        // a meeting only scheduled is filled in by an import; one given an item by hand is the clerk's
        Http.Response item = Http.post(minutebook.commandSide() + "/api/meetings/" + nextDay + "/agenda/items", """
                {"itemId": "item-1", "number": "1", "title": "Apologies"}""");
        assertThat(item.status()).as(item.raw().body()).isEqualTo(201);

        Http.Response refused = Http.post(minutebook.commandSide() + "/api/imports", body("next-day.txt",
                page.replace("Thursday, 21st June, 2018", "Friday, 22nd June, 2018")));

        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(409);
        assertThat(refused.json().get("rule").asText()).isEqualTo("meeting-recorded-otherwise");
        JsonNode history = Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/meetings/" + nextDay
                + "/history").json();
        assertThat(history).as("only the meeting scheduled and its item added by hand").hasSize(2);
    }

    private static JsonNode imported(Minutebook minutebook, String source, String page) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + "/api/imports", body(source, page));
        assertThat(answer.status()).as(answer.raw().body()).isBetween(200, 201);
        return answer.json();
    }

    private static String body(String source, String page) throws Exception {
        return JSON.createObjectNode().put("source", source).put("text", page).toString();
    }
}
