package org.minutebook.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, tried as an information-governance officer would: the public reads but writes nothing and sees
 * no audit; each built-in user does what their role allows and no more; a council's identity provider signs in
 * its own clerks with bearer tokens, who write only their council's record; and no other web site can write
 * through a clerk's browser.
 */
class SigningInIT {

    private static Minutebook minutebook;
    private static String meetingId;

    @BeforeAll
    static void aMeetingOfTheTestCouncil() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee("signing-in", "Overview and Scrutiny Management Board");
        meetingId = "signing-in-" + UUID.randomUUID();
        Http.Response scheduled = Http.post(minutebook.commandSide() + "/api/meetings", """
                {"meetingId": "%s", "committeeId": "signing-in", "title": "Overview and Scrutiny Management Board",
                 "startsAt": "2021-11-02T14:00"}""".formatted(meetingId));
        assertThat(scheduled.status()).as(scheduled.raw().body()).isEqualTo(201);
    }

    @Test
    void thePublicWritesNothingAndSeesNoAuditButIsToldHowToSignIn() throws Exception {
        Http.Response write = Http.postAs(null, meeting("/agenda/items"), """
                {"itemId": "item-1", "number": "1", "title": "Apologies"}""");
        assertThat(write.status()).isEqualTo(401);
        assertThat(write.header("Content-Type")).startsWith("application/problem+json");
        assertThat(write.json().get("rule").asText()).isEqualTo("not-signed-in");
        assertThat(write.header("WWW-Authenticate")).contains("Basic").contains("Bearer");

        for (String audit : List.of("/history", "/verify", "/export")) {
            assertThat(Http.get(meeting(audit)).status()).as(audit).isEqualTo(401);
        }
        assertThat(Http.get(minutebook.commandSide() + "/actuator/metrics").status()).isEqualTo(401);
        assertThat(Http.get(minutebook.commandSide() + "/actuator/health").status()).isEqualTo(200);
        assertThat(Http.get(minutebook.commandSide() + "/actuator/health").json().has("components")).isFalse();
        assertThat(Http.getAs(Users.OPERATOR, minutebook.commandSide() + "/actuator/health").json()
                .has("components")).isTrue();
    }

    @Test
    void anOperatorReadsHowLongRequestsTookButNoTimerIsKeptOfEachRequestInFlight() throws Exception {
        String metrics = minutebook.commandSide() + "/actuator/metrics/";
        Http.Response timed = Http.getAs(Users.OPERATOR, metrics + "http.server.requests");
        assertThat(timed.status()).isEqualTo(200);
        assertThat(timed.json().get("measurements").get(0).get("value").asDouble())
                .as("the meeting scheduled before the tests was timed").isPositive();
        assertThat(Http.getAs(Users.OPERATOR, metrics + "http.server.requests.active").status()).isEqualTo(404);
    }

    @Test
    void eachBuiltInUserDoesWhatTheirRoleAllowsAndNoMore() throws Exception {
        String item = """
                {"itemId": "item-%s", "number": "2", "title": "Declarations of Interest"}""";
        assertThat(Http.postAs(Users.CLERK, meeting("/agenda/items"), item.formatted("clerk")).status())
                .isEqualTo(201);
        assertThat(Http.postAs(Users.AUDITOR, meeting("/agenda/items"), item.formatted("auditor")).status())
                .isEqualTo(403);
        assertThat(Http.postAs(Users.OPERATOR, meeting("/agenda/items"), item.formatted("operator")).status())
                .isEqualTo(403);
        Http.Response clerkSigns = Http.postAs(Users.CLERK, meeting("/signature"), """
                {"signedBy": {"name": "Councillor Smith"}, "atMeetingId": "%s"}""".formatted(meetingId));
        assertThat(clerkSigns.status()).isEqualTo(403);
        assertThat(clerkSigns.json().get("rule").asText()).isEqualTo("not-allowed");

        assertThat(Http.getAs(Users.AUDITOR, meeting("/history")).status()).isEqualTo(200);
        assertThat(Http.getAs(Users.AUDITOR, meeting("/verify")).status()).isEqualTo(200);
        assertThat(Http.getAs(Users.CLERK, meeting("/verify")).status()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsNotSignedIn() throws Exception {
        Http.Response write = Http.postAs(new Users.User("clerk", "not-the-clerks-password"),
                meeting("/agenda/items"), """
                {"itemId": "item-guess", "number": "3", "title": "Minutes"}""");
        assertThat(write.status()).isEqualTo(401);
    }

    @Test
    void aCouncilsOwnClerkSignsInWithABearerTokenAndTheHistoryNamesThem() throws Exception {
        String token = minutebook.tokens().token("a7f3c9e2", "Jason Tyler", List.of("clerk"),
                List.of("Test Council"));

        Http.Response write = Http.postAs(null, meeting("/agenda/items"), """
                {"itemId": "item-token", "number": "4", "title": "Work Programme"}""",
                "Authorization", "Bearer " + token);

        assertThat(write.status()).as(write.raw().body()).isEqualTo(201);
        var recorded = Http.getAs(Users.AUDITOR, meeting("/history")).json();
        var last = recorded.get(recorded.size() - 1);
        assertThat(last.get("recordedBy").asText()).isEqualTo("a7f3c9e2");
        assertThat(last.get("recordedByName").asText()).isEqualTo("Jason Tyler");
    }

    @Test
    void aClerkOfAnotherCouncilCannotWriteThisCouncilsRecord() throws Exception {
        String token = minutebook.tokens().token("b81d", "A Clerk Elsewhere", List.of("clerk"),
                List.of("Another Council"));

        Http.Response write = Http.postAs(null, meeting("/agenda/items"), """
                {"itemId": "item-elsewhere", "number": "5", "title": "Any Other Business"}""",
                "Authorization", "Bearer " + token);

        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("rule").asText()).isEqualTo("council-not-served");
        assertThat(Http.getAs(Users.AUDITOR, meeting("/history")).raw().body()).doesNotContain("item-elsewhere");
    }

    @Test
    void aTokenSignedByAnotherKeyOrWithoutARoleWritesNothing() throws Exception {
        String roleless = minutebook.tokens().token("c2", "Someone", List.of("reader"), List.of());
        assertThat(Http.postAs(null, meeting("/agenda/items"), "{}", "Authorization", "Bearer " + roleless)
                .status()).isEqualTo(403);
        try (TestIdentityProvider another = TestIdentityProvider.start()) {
            String forged = another.token("c3", "Forger", List.of("clerk"), List.of());
            assertThat(Http.postAs(null, meeting("/agenda/items"), "{}", "Authorization", "Bearer " + forged)
                    .status()).isEqualTo(401);
        }
    }

    @Test
    void aWriteThatIsNotJsonIsRefusedSoNoOtherSiteCanWriteThroughAClerksBrowser() throws Exception {
        Http.Response form = Http.postAs(Users.CLERK, meeting("/agenda/items"),
                "{\"itemId\": \"item-form\", \"number\": \"6\", \"title\": \"Sent as a form\"}",
                "Content-Type", "text/plain");

        assertThat(form.status()).isEqualTo(415);
        assertThat(form.json().get("rule").asText()).isEqualTo("json-only");
        assertThat(Http.getAs(Users.AUDITOR, meeting("/history")).raw().body()).doesNotContain("item-form");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedUnreadAndNothingIsStored() throws Exception {
        String huge = "{\"itemId\": \"item-huge\", \"number\": \"8\", \"title\": \"" + "x".repeat(1_100_000) + "\"}";

        Http.Response refused = Http.post(meeting("/agenda/items"), huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("rule").asText()).isEqualTo("body-too-large");
        assertThat(Http.getAs(Users.AUDITOR, meeting("/history")).raw().body()).doesNotContain("item-huge");
    }

    @Test
    void browsersMayRecordFromTheClerksConsoleOnTheQuerySideAndFromNowhereElse() throws Exception {
        String[] preflight = {"Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization,content-type,idempotency-key,if-match"};
        Http.Response console = Http.sendAs(null, "OPTIONS", meeting("/agenda/items"), "",
                concat("Origin", minutebook.querySide(), preflight));
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.header("Access-Control-Allow-Origin")).isEqualTo(minutebook.querySide());
        assertThat(console.header("Access-Control-Allow-Headers").toLowerCase())
                .contains("authorization").contains("idempotency-key").contains("if-match");
        assertThat(console.header("Access-Control-Allow-Credentials")).isNull();

        Http.Response elsewhere = Http.sendAs(null, "OPTIONS", meeting("/agenda/items"), "",
                concat("Origin", "https://elsewhere.example", preflight));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.header("Access-Control-Allow-Origin")).isNull();
    }

    private static String[] concat(String name, String value, String[] more) {
        String[] all = new String[more.length + 2];
        all[0] = name;
        all[1] = value;
        System.arraycopy(more, 0, all, 2, more.length);
        return all;
    }

    @Test
    void answersCarryTheSecurityHeadersAndARequestIdIsChecked() throws Exception {
        Http.Response page = Http.get(minutebook.querySide() + "/api/meetings/" + meetingId + "/minutes.html");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'self'").contains("connect-src 'self' " + minutebook.commandSide());
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");

        Http.Response badRequestId = Http.post(meeting("/agenda/items"), """
                {"itemId": "item-request", "number": "7", "title": "Urgent Business"}""",
                "X-Request-Id", "<script>" + "x".repeat(200));
        assertThat(badRequestId.status()).isEqualTo(400);
        assertThat(badRequestId.raw().body()).contains("X-Request-Id");
    }

    private static String meeting(String path) {
        return minutebook.commandSide() + "/api/meetings/" + meetingId + path;
    }
}
