package org.minutebook.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request names any host it likes — a spoofed {@code Host}, {@code X-Forwarded-Host} or {@code Forwarded}, or the
 * name another instance is reached by — and every absolute link the services answer stays the configured one: a
 * calendar's UIDs and URLs, the Atom feed's ids and links, the OpenAPI documents' servers, the {@code Location} of a
 * recorded fact. Two instances, or two names of one, serve the same UID for one meeting; before, the {@code Host}
 * set them, and a cache could keep another site's links.
 */
class HostSpoofingIT {

    private static final String COMMITTEE = "host-spoofing";
    private static final String MEETING = "host-spoofing-2021-11-02";
    private static final List<Map<String, String>> NAMES = List.of(
            Map.of("Host", "evil.example"),
            Map.of("Host", "query-2.internal:8082"),
            Map.of("Host", "localhost", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"),
            Map.of("Host", "localhost", "Forwarded", "host=evil.example;proto=https"));
    private static final Pattern ABSOLUTE = Pattern.compile("https?://[^\\s\"<>]+");
    private static Minutebook minutebook;

    @BeforeAll
    static void aMeetingWithADecision() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(COMMITTEE, "Scrutiny Commission");
        String at = "/api/meetings/" + MEETING;
        minutebook.record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Scrutiny Commission",
                 "startsAt": "2021-11-02T14:00", "venue": "Town Hall"}""".formatted(MEETING, COMMITTEE));
        minutebook.record(at + "/agenda/items", """
                {"itemId": "item-1", "number": "1", "title": "Budget monitoring"}""");
        minutebook.record(at + "/opening", "{}");
        long last = minutebook.record(at + "/items/item-1/resolutions", """
                {"resolutionId": "res-1", "form": "RESOLVED", "parts": [{"text": "That the report be noted."}]}""");
        minutebook.awaitProjected(MEETING, last);
        // each side builds its OpenAPI document at the first request, which can take longer than a raw read waits
        for (String side : List.of(minutebook.commandSide(), minutebook.querySide())) {
            Http.ok(side + "/v3/api-docs");
        }
    }

    @Test
    void theCalendarsUidsAndTheFeedsIdsAreTheSameWhateverHostTheRequestNames() throws Exception {
        for (String feed : List.of("/committees/" + COMMITTEE + "/meetings.ics",
                "/decisions.atom?committeeId=" + COMMITTEE)) {
            String configured = read(minutebook.querySide(), feed, Map.of("Host", "localhost"));
            assertThat(configured).as(feed).contains(minutebook.querySide() + "/meetings/" + MEETING);

            for (Map<String, String> name : NAMES) {
                String answered = read(minutebook.querySide(), feed, name);
                assertThat(links(answered)).as(feed + " " + name).allSatisfy(link -> assertThat(link)
                        .doesNotContain("evil.example").doesNotContain("query-2.internal"));
                assertThat(withoutStamps(answered)).as(feed + " " + name).isEqualTo(withoutStamps(configured));
            }
        }
    }

    @Test
    void theWholeCouncilsFeedsLinkToTheConfiguredSiteWhateverHostTheRequestNames() throws Exception {
        for (String feed : List.of("/meetings.ics", "/decisions.atom")) {
            String answered = read(minutebook.querySide(), feed, NAMES.get(0));

            // the latest 200 of the council, which may be other tests' meetings
            assertThat(answered).as(feed).contains(minutebook.querySide() + "/meetings/");
            assertThat(links(answered)).as(feed).allSatisfy(link -> assertThat(link)
                    .doesNotContain("evil.example"));
        }
    }

    @Test
    void theOpenApiDocumentsNameTheirServiceByItsConfiguredAddress() throws Exception {
        for (String side : List.of(minutebook.commandSide(), minutebook.querySide())) {
            for (Map<String, String> name : NAMES) {
                String document = read(side, "/v3/api-docs", name);
                assertThat(document).as(side + " " + name).contains("\"servers\":[{\"url\":\"" + side + "\"")
                        .doesNotContain("evil.example").doesNotContain("query-2.internal");
            }
        }
    }

    @Test
    void aRecordedFactIsLocatedOnTheConfiguredQuerySide() throws Exception {
        RawRequest.Answer recorded = new RawRequest("an item", "POST", "/api/meetings/" + MEETING + "/agenda/items",
                Map.of("Host", "evil.example", "X-Forwarded-Host", "evil.example", "Content-Type", "application/json",
                        "Authorization", Users.CLERK.authorization()),
                "{\"title\": \"Any other business\"}").sendTo(minutebook.commandSide());

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.headers().get("location")).isEqualTo(minutebook.querySide() + "/api/meetings/" + MEETING);
        assertThat(recorded.body()).doesNotContain("evil.example");
    }

    @Test
    void theClerksConsoleRecordsThroughTheConfiguredCommandSide() throws Exception {
        String console = read(minutebook.querySide(), "/console", NAMES.get(0));

        assertThat(console).contains(minutebook.commandSide()).doesNotContain("evil.example");
    }

    private static List<String> links(String answer) {
        List<String> links = new ArrayList<>();
        Matcher link = ABSOLUTE.matcher(answer);
        while (link.find()) {
            links.add(link.group());
        }
        return links;
    }

    /** The answer less what is stamped with the time it is written (a calendar's DTSTAMP, a feed's updated). */
    private static String withoutStamps(String answer) {
        return answer.replaceAll("DTSTAMP:\\d{8}T\\d{6}Z", "DTSTAMP").replaceAll("<updated>[^<]*</updated>", "")
                .replaceAll("<published>[^<]*</published>", "").replaceAll("<dc:date>[^<]*</dc:date>", "");
    }

    private static String read(String service, String path, Map<String, String> headers) throws Exception {
        RawRequest.Answer answer = new RawRequest("GET " + path, "GET", path, headers, null).sendTo(service);
        assertThat(answer.status()).as(path + " " + headers + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }
}
