package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The decision register as it stood, over HTTP, for decisions taken outside meetings: the Cabinet Member for
 * Libraries' key decision to close the Aylestone branch library, planned on the forward plan, taken, its decision
 * notice published, then called in by two councillors. Read "as of" an instant before it was taken it is absent
 * though planned; after it was taken it stands with no notice or call-in; after its notice, with the notice and no
 * call-in; now, called in.
 */
class DecisionRegisterAsItStoodIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String DECISION = "aylestone-library-" + RUN;
    private static final String AT = "/api/executive-decisions/" + DECISION;
    private static Minutebook minutebook;
    private static Instant planned;
    private static Instant taken;
    private static Instant noticed;

    @BeforeAll
    static void aKeyDecisionIsTakenThenCalledIn() throws Exception {
        minutebook = Minutebook.running();
        minutebook.record("/api/forward-plan", """
                {"decisionId": "%s", "council": "Test Council", "title": "Closure of Aylestone Library %s",
                 "decisionMaker": "Cabinet Member for Libraries", "plannedFor": "2027-03-01"}""".formatted(DECISION, RUN));
        minutebook.record(AT + "/notices", """
                {"kind": "FORWARD_PLAN", "publishedOn": "2027-01-15"}""");
        planned = settled();
        minutebook.record("/api/executive-decisions", """
                {"decisionId": "%s", "makerKind": "EXECUTIVE_MEMBER",
                 "maker": {"name": "Cllr Ruth Hale", "role": "Cabinet Member for Libraries"}, "takenOn": "2027-03-01",
                 "decision": "To close Aylestone Library %s and open a library point in the leisure centre.",
                 "reasons": "Fewer than forty visits a week."}""".formatted(DECISION, RUN));
        taken = settled();
        minutebook.record(AT + "/decision-notice", """
                {"publishedOn": "2027-03-02"}""");
        noticed = settled();
        minutebook.record(AT + "/call-in", """
                {"requestedOn": "2027-03-04", "requestedBy": [{"name": "Cllr Porter"}, {"name": "Cllr Joel"}],
                 "reasons": "No equality impact assessment was published."}""");
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(minutebook.querySide() + AT).status() == 200
                && Http.ok(minutebook.querySide() + AT).get("stage").asText().equals("CALLED_IN"));
    }

    @Test
    void beforeItWasTakenThePlannedDecisionIsNotInTheRegister() throws Exception {
        assertThat(asOf(planned).get("items")).isEmpty();
    }

    @Test
    void onceTakenItStandsWithNoNoticeAndNoCallIn() throws Exception {
        JsonNode row = onlyRow(asOf(taken));

        assertThat(row.get("outcome").asText()).isEqualTo("DECIDED");
        assertThat(row.get("outsideMeeting").get("taken").get("maker").get("name").asText())
                .isEqualTo("Cllr Ruth Hale");
        assertThat(row.get("outsideMeeting").hasNonNull("decisionNotice")).isFalse();
        assertThat(row.get("outsideMeeting").hasNonNull("callIn")).isFalse();
    }

    @Test
    void afterItsNoticeTheCallInRecordedLaterIsNotShown() throws Exception {
        JsonNode row = onlyRow(asOf(noticed));

        assertThat(row.get("outsideMeeting").get("decisionNotice").get("publishedOn").asText())
                .isEqualTo("2027-03-02");
        assertThat(row.get("outsideMeeting").hasNonNull("callIn")).isFalse();
    }

    @Test
    void asItStandsNowItIsCalledIn() throws Exception {
        JsonNode row = onlyRow(asOf(Instant.now()));

        assertThat(row.get("outsideMeeting").get("callIn").get("reasons").asText())
                .isEqualTo("No equality impact assessment was published.");
    }

    private static JsonNode asOf(Instant instant) throws Exception {
        return Http.ok(minutebook.querySide() + "/api/decisions?q=" + RUN + "&asOf=" + instant);
    }

    private static JsonNode onlyRow(JsonNode page) {
        assertThat(page.get("items")).hasSize(1);
        JsonNode row = page.get("items").get(0);
        assertThat(row.get("outsideMeeting").get("decisionId").asText()).isEqualTo(DECISION);
        return row;
    }

    /** An instant after the last recording and before the next: the clock moves on before anything else is recorded. */
    private static Instant settled() throws InterruptedException {
        Thread.sleep(20);
        Instant now = Instant.now();
        Thread.sleep(20);
        return now;
    }
}
