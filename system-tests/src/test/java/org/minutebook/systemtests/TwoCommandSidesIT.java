package org.minutebook.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.localstack.ServiceProcess;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council runs two command-side instances behind one load balancer, and a clerk's requests land on either. Each
 * keeps in memory the records it last wrote (meetings, registers of interests, every kind) and the committees'
 * members; neither may decide a command on what the other has changed since: the next command on either sees the
 * record as stored.
 */
class TwoCommandSidesIT {

    private static Minutebook minutebook;
    private static ServiceProcess other;
    private final String committeeId = "two-sides-" + UUID.randomUUID();
    private final String meetingId = committeeId + "-2021-11-02";

    @BeforeAll
    static void twoInstances() throws Exception {
        minutebook = Minutebook.running();
        other = minutebook.anotherCommandSide();
    }

    @AfterAll
    static void stopTheOther() throws InterruptedException {
        other.close();
    }

    @Test
    void aFactRecordedOnOneInstanceIsInTheRecordTheOtherDecidesOn() throws Exception {
        anOpenMeeting();
        assertThat(post(other.baseUrl(), meeting("/agenda/items"), """
                {"itemId": "item-1", "title": "Apologies"}""").status()).isEqualTo(201);

        assertThat(post(minutebook.commandSide(), meeting("/attendance/apologies"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""").status()).isEqualTo(201);
        Http.Response present = post(other.baseUrl(), meeting("/attendance/members"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""");

        assertThat(present.status()).as(present.raw().body()).isEqualTo(409);
        assertThat(present.json().get("rule").asText()).isEqualTo("present-and-absent");
        Http.Response stale = post(other.baseUrl(), meeting("/attendance/members"), """
                {"member": {"id": "hunt", "name": "Councillor Hunt"}}""", "If-Match", "\"2\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(3);
    }

    @Test
    void aMemberAppointedOrEndedOnOneInstanceIsKnownToTheOtherAtItsNextCommand() throws Exception {
        anOpenMeeting();
        post(minutebook.commandSide(), meeting("/attendance/apologies"), """
                {"member": {"id": "sharma", "name": "Cllr Sharma"}}""");
        String substitute = """
                {"substitute": {"id": "%s", "name": "Cllr %s"}, "forMember": {"id": "sharma", "name": "Cllr Sharma"}}""";

        Http.Response notYet = post(other.baseUrl(), meeting("/attendance/substitutes"),
                substitute.formatted("orton", "Orton"));
        assertThat(notYet.status()).as(notYet.raw().body()).isEqualTo(422);
        assertThat(notYet.json().get("rule").asText()).isEqualTo("substitute-for-non-member");

        assertThat(post(minutebook.commandSide(), "/api/committees/" + committeeId + "/members", """
                {"member": {"id": "sharma", "name": "Cllr Sharma"}, "role": "MEMBER", "from": "2020-05-20"}""")
                .status()).isEqualTo(201);
        Http.Response appointed = post(other.baseUrl(), meeting("/attendance/substitutes"),
                substitute.formatted("orton", "Orton"));
        assertThat(appointed.status()).as(appointed.raw().body()).isEqualTo(201);

        assertThat(post(minutebook.commandSide(), "/api/committees/" + committeeId + "/members/sharma/ending", """
                {"on": "2021-06-30"}""").status()).isEqualTo(201);
        String later = meetingId + "-later";
        post(minutebook.commandSide(), "/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Scrutiny", "startsAt": "2021-12-07T14:00"}
                """.formatted(later, committeeId));
        post(minutebook.commandSide(), "/api/meetings/" + later + "/opening", "{\"openedAt\": \"2021-12-07T14:00\"}");
        post(minutebook.commandSide(), "/api/meetings/" + later + "/attendance/apologies", """
                {"member": {"id": "sharma", "name": "Cllr Sharma"}}""");
        Http.Response ended = post(other.baseUrl(), "/api/meetings/" + later + "/attendance/substitutes",
                substitute.formatted("march", "March"));
        assertThat(ended.status()).as(ended.raw().body()).isEqualTo(422);
        assertThat(ended.json().get("rule").asText()).isEqualTo("substitute-for-non-member");
    }

    @Test
    void anInterestRegisteredOnOneInstanceIsInTheRegisterTheOtherDecidesOn() throws Exception {
        String member = "two-sides-" + UUID.randomUUID();
        String interest = """
                {"council": "Two Sides Council", "memberName": "Councillor Deborah Taylor", "entryId": "%s",
                 "category": "EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION", "description": "%s",
                 "registeredOn": "2021-05-20"}""";
        String interests = "/api/members/" + member + "/interests";
        assertThat(post(minutebook.commandSide(), interests, interest.formatted("glenfield", "Director, Glenfield Homes"))
                .status()).isEqualTo(201);
        assertThat(post(other.baseUrl(), interests, interest.formatted("sentinel", "Shares in Sentinel Guarding"))
                .status()).isEqualTo(201);

        Http.Response again = post(minutebook.commandSide(), interests,
                interest.formatted("sentinel", "Shares in Sentinel Guarding and Glenfield"));

        assertThat(again.status()).as(again.raw().body()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("entry-already-registered");
    }

    /** Registered and scheduled on the first instance, opened on the other (which then holds it in memory). */
    private void anOpenMeeting() throws Exception {
        assertThat(post(minutebook.commandSide(), "/api/committees", """
                {"committeeId": "%s", "name": "Scrutiny Committee", "council": "Test Council", "kind": "COMMITTEE"}
                """.formatted(committeeId)).status()).isEqualTo(201);
        assertThat(post(minutebook.commandSide(), "/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Scrutiny", "startsAt": "2021-11-02T14:00"}
                """.formatted(meetingId, committeeId)).status()).isEqualTo(201);
        assertThat(post(other.baseUrl(), meeting("/opening"), "{\"openedAt\": \"2021-11-02T14:00\"}").status())
                .isEqualTo(200);
    }

    private String meeting(String path) {
        return "/api/meetings/" + meetingId + path;
    }

    private static Http.Response post(String side, String path, String json, String... headers) throws Exception {
        return Http.post(side + path, json, headers);
    }
}
