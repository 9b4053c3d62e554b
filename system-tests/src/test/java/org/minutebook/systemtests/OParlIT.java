package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.query.oparl.OParlSchemas;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record as OParl 1.1 open data. With the five published pages imported and a meeting with exempt business
 * recorded, a crawler walks the API from {@code /oparl/v1/system}, following every URL it finds once: every answer
 * is valid against OParl's schemas, no link is broken, every meeting, agenda item, decision and person of the five
 * pages is found, and nothing of the exempt item is. Then a clerk corrects one meeting of a council of its own: a
 * client asking for what changed since ({@code modified_since}) is given that meeting alone, and the report and the
 * person the correction struck out as tombstones, which the lists leave out otherwise.
 */
class OParlIT {

    private static Minutebook minutebook;
    private static Map<String, JsonNode> seeds;
    private static String exemptMeeting;
    private static OParlCrawler.Crawl crawl;

    @BeforeAll
    static void theFivePagesAndAMeetingWithExemptBusinessWalkedFromSystem() throws Exception {
        minutebook = Minutebook.running();
        seeds = minutebook.importSeedPages();
        exemptMeeting = ExemptBusinessIT.recordAMeetingWithExemptBusiness(minutebook);
        Set<String> watched = new HashSet<>(List.of(exemptMeeting));
        seeds.values().forEach(report -> watched.add(report.get("meetingId").asText()));
        // the site's own pages and printable minutes are read for the meetings the test looks at, not for every
        // meeting the other tests left (their pages are each read by the tests of the pages)
        Predicate<String> ofAWatchedMeeting = url -> watched.stream().anyMatch(url::contains);
        long started = System.nanoTime();
        crawl = new OParlCrawler(minutebook.querySide(), ofAWatchedMeeting)
                .crawl(minutebook.querySide() + "/oparl/v1/system");
        // what docs/oparl.md's sample crawl is taken from
        StringBuilder walked = new StringBuilder("read " + crawl.answers().size() + " URLs in "
                + (System.nanoTime() - started) / 1_000_000 + " ms; objects by type:\n");
        for (String kind : List.of("System", "Body", "Organization", "Membership", "Person", "Meeting",
                "AgendaItem", "Paper", "File", "Location")) {
            walked.append(kind).append(' ').append(crawl.of(kind).size()).append('\n');
        }
        crawl.answers().forEach((url, answer) -> walked.append(url).append('\n'));
        String sample = oparl("/meetings/" + seeds.get("004_cfd6ab707287b23f").get("meetingId").asText());
        for (String url : List.of(oparl("/system"), oparl("/bodies"), sample)) {
            walked.append('\n').append(url).append('\n').append(crawl.answers().get(url)).append('\n');
        }
        Files.writeString(Path.of("target/oparl-crawl.txt"), walked.toString());
    }

    @Test
    void everyAnswerOfTheWalkIsValidOParlAndNoLinkIsBroken() throws Exception {
        assertThat(crawl.invalid()).isEmpty();
        assertThat(crawl.broken()).isEmpty();
        assertThat(crawl.of("System")).hasSize(1);
        assertThat(crawl.of("Body")).isNotEmpty();
        assertThat(crawl.answers().keySet()).anyMatch(url -> url.endsWith("/minutes.html"));
        // a web application of any site may read it (OParl asks every server for this header)
        assertThat(Http.get(oparl("/system")).header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void theWalkFindsEveryMeetingAndAgendaItemOfTheFivePages() throws Exception {
        for (JsonNode report : seeds.values()) {
            String meetingId = report.get("meetingId").asText();
            assertThat(crawl.of("Meeting")).containsKey(oparl("/meetings/" + meetingId));
            for (JsonNode item : Http.ok(minutebook.querySide() + "/api/meetings/" + meetingId).get("agenda")) {
                assertThat(crawl.of("AgendaItem")).as(meetingId)
                        .containsKey(oparl("/meetings/" + meetingId + "/items/" + item.get("itemId").asText()));
            }
        }
    }

    @Test
    void theWalkFindsEveryDecisionOfTheFivePagesOnItsItem() throws Exception {
        int decisions = 0;
        for (JsonNode report : seeds.values()) {
            String meetingId = report.get("meetingId").asText();
            for (JsonNode decision : Http.ok(minutebook.querySide() + "/api/meetings/" + meetingId + "/decisions")) {
                if (!decision.hasNonNull("itemId")) {
                    continue;
                }
                JsonNode item = crawl.of("AgendaItem").get(oparl("/meetings/" + meetingId + "/items/"
                        + decision.get("itemId").asText()));
                assertThat(item).as(decision.toString()).isNotNull();
                String outcome = decision.get("outcome").asText().toLowerCase(Locale.ROOT).replace('_', ' ');
                assertThat(item.path("result").asText().toLowerCase(Locale.ROOT)).as(decision.toString())
                        .contains(outcome);
                if (decision.get("kind").asText().equals("resolution")
                        || decision.get("kind").asText().equals("lost-motion")) {
                    assertThat(item.get("minutebook:motions").findValuesAsText("text")).as(decision.toString())
                            .anyMatch(text -> text.contains(decision.path("parts").path(0).path("text").asText()));
                }
                decisions++;
            }
        }
        assertThat(decisions).isGreaterThan(10);
    }

    @Test
    void theWalkFindsEveryPersonTheFivePagesName() throws Exception {
        Set<String> people = new HashSet<>();
        crawl.of("Person").values().forEach(person -> people.add(normal(person.path("name").asText())));
        int named = 0;
        for (JsonNode report : seeds.values()) {
            String meetingId = report.get("meetingId").asText();
            List<JsonNode> mentions = new ArrayList<>();
            Http.ok(minutebook.querySide() + "/api/meetings/" + meetingId + "/attendance")
                    .forEach(capacity -> capacity.forEach(row -> mentions.add(row.get("person"))));
            Http.ok(minutebook.querySide() + "/api/meetings/" + meetingId + "/declarations")
                    .forEach(declaration -> mentions.add(declaration.get("member")));
            Http.ok(minutebook.querySide() + "/api/meetings/" + meetingId + "/questions")
                    .forEach(question -> mentions.add(question.get("askedBy")));
            for (JsonNode mention : mentions) {
                if (mention != null && !mention.isNull()) {
                    String name = mention.hasNonNull("name") ? mention.get("name").asText()
                            : mention.get("role").asText();
                    assertThat(people).as(meetingId + ": " + mention).contains(normal(name));
                    named++;
                }
            }
        }
        assertThat(named).isGreaterThan(20);
    }

    @Test
    void nothingOfTheExemptItemIsFoundAndItsItemSaysItIsNotPublic() {
        crawl.answers().forEach((url, body) -> assertThat(body).as(url).doesNotContain(ExemptBusinessIT.MARK));
        JsonNode exempt = crawl.of("AgendaItem").get(oparl("/meetings/" + exemptMeeting + "/items/item-9"));
        assertThat(exempt.get("public").asBoolean()).isFalse();
        assertThat(exempt.get("name").asText()).isEqualTo("Exempt item");
        assertThat(crawl.of("AgendaItem").get(oparl("/meetings/" + exemptMeeting + "/items/item-1"))
                .get("resolutionText").asText()).isEqualTo("That the update be noted.");
    }

    @Test
    void modifiedSinceACorrectionListsOnlyWhatChangedAndWhatWasStruckOutAsTombstones() throws Exception {
        String council = "OParl Borough Council " + UUID.randomUUID().toString().substring(0, 8);
        String committee = "oparl-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Http.post(minutebook.commandSide() + "/api/committees", """
                {"committeeId": "%s", "name": "Audit Committee", "council": "%s", "kind": "COMMITTEE"}"""
                .formatted(committee, council)).status()).isEqualTo(201);
        String corrected = aMeetingWithAReport(committee, "2021-03-01");
        String untouched = aMeetingWithAReport(committee, "2021-04-01");
        minutebook.record(meeting(corrected, "/attendance/apologies"), """
                {"member": {"name": "Councillor Gone"}}""");
        long apology = minutebook.record(meeting(corrected, "/attendance/apologies"), """
                {"member": {"name": "Councillor Gone"}}""".replace("Gone", "Gone Again"));
        long resolved = minutebook.record(meeting(corrected, "/items/item-2/resolutions"), """
                {"resolutionId": "res-2", "form": "RESOLVED",
                 "parts": [{"text": "That the accounts be approved."}]}""");
        minutebook.awaitProjected(corrected, resolved);
        minutebook.awaitProjected(untouched, 4);
        String body = minutebook.querySide() + "/oparl/v1/bodies/" + slug(council);
        Instant since = Instant.now();
        Thread.sleep(5);

        minutebook.record(meeting(corrected, "/corrections"), """
                {"correctsSequenceNumber": %d,
                 "replacement": {"parts": [{"text": "That the accounts be approved, as amended."}]},
                 "reason": "Minuted before the amendment", "correctedBy": {"name": "Democratic Services"}}"""
                .formatted(resolved));
        minutebook.record(meeting(corrected, "/corrections"), """
                {"correctsSequenceNumber": 4, "reason": "No report was before the meeting",
                 "correctedBy": {"name": "Democratic Services"}}""");
        long last = minutebook.record(meeting(corrected, "/corrections"), """
                {"correctsSequenceNumber": %d, "reason": "Councillor Gone Again was Councillor Gone",
                 "correctedBy": {"name": "Democratic Services"}}""".formatted(apology));
        minutebook.awaitProjected(corrected, last);
        String changedSince = "?modified_since=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8);

        JsonNode meetings = list(body + "/meetings" + changedSince);
        assertThat(ids(meetings)).containsExactly(oparl("/meetings/" + corrected));
        JsonNode item2 = meetings.get("data").get(0).get("agendaItem").get(1);
        assertThat(item2.get("resolutionText").asText()).isEqualTo("That the accounts be approved, as amended.");
        assertThat(Instant.parse(item2.get("modified").asText())).isAfter(since);
        assertThat(Instant.parse(meetings.get("data").get(0).get("agendaItem").get(0).get("modified").asText()))
                .isBefore(since);
        assertThat(list(body + "/meetings").get("data")).hasSize(2);
        assertThat(list(body + "/meetings?created_since="
                + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8)).get("data")).isEmpty();

        String struckReport = oparl("/papers/" + corrected + "/report-4");
        JsonNode papers = list(body + "/papers" + changedSince);
        assertThat(ids(papers)).containsExactly(struckReport);
        assertThat(papers.get("data").get(0).get("deleted").asBoolean()).isTrue();
        assertThat(ids(list(body + "/papers")))
                .containsExactly(oparl("/papers/" + untouched + "/report-4"));
        JsonNode tombstone = Http.ok(struckReport);
        assertThat(tombstone.get("deleted").asBoolean()).isTrue();
        assertThat(new OParlSchemas().errorsOf(tombstone)).isEmpty();

        JsonNode people = list(body + "/people" + changedSince);
        assertThat(people.get("data")).hasSize(1);
        assertThat(people.get("data").get(0).get("deleted").asBoolean()).isTrue();
        assertThat(list(body + "/people").get("data").findValuesAsText("name"))
                .contains("Councillor Gone").doesNotContain("Councillor Gone Again");
    }

    /** A meeting of the committee on the day, opened: items 1 and 2, a report on item 1 (event 4); answers its id. */
    private static String aMeetingWithAReport(String committee, String day) throws Exception {
        String meetingId = committee + "-" + day;
        minutebook.record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Audit Committee", "startsAt": "%sT10:00",
                 "venue": "Town Hall"}""".formatted(meetingId, committee, day));
        minutebook.record(meeting(meetingId, "/agenda/items"), """
                {"itemId": "item-1", "number": "1", "title": "Statement of accounts"}""");
        minutebook.record(meeting(meetingId, "/agenda/items"), """
                {"itemId": "item-2", "number": "2", "title": "Approval of the accounts"}""");
        minutebook.record(meeting(meetingId, "/opening"), """
                {"openedAt": "%sT10:00", "chair": {"role": "The Chair"}}""".formatted(day));
        minutebook.record(meeting(meetingId, "/items/item-1/reports"), """
                {"form": "REPORT", "title": "Statement of accounts 2020/21"}""");
        return meetingId;
    }

    /** The ids of a list page's objects (not of those they hold). */
    private static List<String> ids(JsonNode page) {
        return Http.texts(page.get("data"), "id");
    }

    private static JsonNode list(String url) throws Exception {
        JsonNode page = Http.ok(url);
        assertThat(new OParlSchemas().errorsOfList(page)).as(url).isEmpty();
        return page;
    }

    private static String meeting(String meetingId, String path) {
        return "/api/meetings/" + meetingId + path;
    }

    private static String oparl(String path) {
        return minutebook.querySide() + "/oparl/v1" + path;
    }

    private static String slug(String council) {
        return council.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
