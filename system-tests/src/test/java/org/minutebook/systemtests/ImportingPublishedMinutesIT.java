package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.reader.PrintedPdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five published pages imported over HTTP as a clerk would import them ({@code POST /api/imports}), then read
 * back from every read model: who attended, what was declared, decided, asked and asked for, and the printable
 * minutes. A page saved as HTML and printed minutes as a PDF are imported too, over HTTP and by the command-line
 * importer. The same page imported again records nothing; a page changed since records only the change, as a
 * correction; a page that names no committee is recorded under the one the clerk names, and matched to it after;
 * a malformed request, or a page with nothing of a meeting on it, records nothing at all.
 */
class ImportingPublishedMinutesIT {

    private static final Path FORMATS = Path.of("../minutes-reader/src/test/resources/formats");
    private static final String CLERK = Users.CLERK.name();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> REPORTS = new LinkedHashMap<>();

    private static Minutebook minutebook;

    @BeforeAll
    static void importTheFivePages() throws Exception {
        minutebook = Minutebook.running();
        REPORTS.putAll(minutebook.importSeedPages());
        REPORTS.values().forEach(report -> assertThat(report.get("outcome").asText()).isEqualTo("RECORDED"));
    }

    @Test
    void theMeetingOf18November2020HadEightMembersPresentWithMrsFryerInTheChair() throws Exception {
        String meeting = meetingOf("004_cfd6ab707287b23f");
        JsonNode record = get("/api/meetings/" + meeting);
        assertThat(record.get("chair").get("name").asText()).isEqualTo("Mrs. H. J. Fryer CC");
        assertThat(record.get("openedAt").asText()).isEqualTo("2020-11-18T09:30:00");
        assertThat(record.get("closedAt").asText()).isEqualTo("12:12:00");
        assertThat(texts(record.get("agenda"), "number")).containsExactly("19", "20", "21", "22", "23", "24", "25",
                "26", "27", "28", "29", "30", "31");
        JsonNode attendance = get("/api/meetings/" + meeting + "/attendance");
        List<String> present = new ArrayList<>();
        attendance.get("present").forEach(row -> present.add(row.get("person").get("name").asText()));
        assertThat(present).hasSize(8).contains("Mrs. H. J. Fryer CC", "Mr T. Parton CC", "Mrs. M. Wright CC");
    }

    @Test
    void theSpecialMeetingOf29September2020SentApologiesFromCouncillorColeAndDeferredAnItem() throws Exception {
        String meeting = meetingOf("000_57856f9b823160e1");
        JsonNode attendance = get("/api/meetings/" + meeting + "/attendance");
        assertThat(attendance.get("apologies").get(0).get("person").get("name").asText())
                .isEqualTo("Councillor Cole");
        JsonNode record = get("/api/meetings/" + meeting);
        assertThat(record.get("special").asBoolean()).isTrue();
        assertThat(record.get("startsAt").asText()).isEqualTo("2020-09-29T17:30:00");
        assertThat(texts(record.get("agenda"), "status")).contains("DEFERRED");
        String printed = Http.get(minutebook.querySide() + "/api/meetings/" + meeting + "/minutes.html").raw().body();
        assertThat(printed).contains("An apology for absence was received from Councillor Cole.",
                "This item was deferred.", "238 KB").doesNotContain("null");
    }

    @Test
    void theMeetingWithoutAHeadingKeepsItsThreeDeclarationsAndAQuestionAnsweredWithoutWords() throws Exception {
        String meeting = meetingOf("001_1dba6daaabc94b71");
        List<String> declared = new ArrayList<>();
        get("/api/meetings/" + meeting + "/declarations")
                .forEach(row -> declared.add(row.get("member").get("name").asText()));
        assertThat(declared).containsExactly("Councillor Dr Moore", "Councillor March", "Councillor Barnes");
        JsonNode question = get("/api/meetings/" + meeting + "/questions").get(0);
        assertThat(question.get("askedBy").get("role").asText()).isEqualTo("a member of the public");
        assertThat(question.get("atChairsDiscretion").asBoolean()).isTrue();
        assertThat(get("/api/meetings/" + meeting).get("date").isNull()).as("the page states no date").isTrue();
    }

    @Test
    void theQuestionOf2November2021AwaitsTheWrittenReplyPromisedToItsSupplementary() throws Exception {
        String meeting = meetingOf("002_badff10682084d70");
        JsonNode question = get("/api/meetings/" + meeting + "/questions").get(0);
        assertThat(question.get("askedBy").get("name").asText()).isEqualTo("Mrs Sue Whiting");
        assertThat(question.get("standingOrder").asText()).isEqualTo("Standing Order 34");
        assertThat(question.get("answer").toString()).contains("Panels to support decision making");
        assertThat(question.get("supplementary").toString()).contains("at least seven people");
        assertThat(question.get("outstandingReply").asBoolean()).isTrue();
        JsonNode decisions = get("/api/meetings/" + meeting + "/decisions");
        assertThat(texts(decisions, "kind")).contains("previous-minutes", "resolution", "further-report",
                "referral");
        assertThat(texts(get("/api/meetings/" + meeting + "/declarations"), "kind"))
                .containsExactly("no-interests", "no-party-whip");
    }

    @Test
    void theBoardOf21June2018ReferredHousingToScrutinyBoard4AndAskedForAProgressReport() throws Exception {
        String meeting = meetingOf("003_7e16a4421008c2b1");
        JsonNode actions = get("/api/meetings/" + meeting + "/actions");
        assertThat(texts(actions, "toBody")).contains("Scrutiny Board 4", "the Board");
        assertThat(texts(actions, "kind")).contains("REFERRAL", "FURTHER_REPORT", "ACTION");
    }

    @Test
    void theSamePageImportedAgainRecordsNothingAndSaysSo() throws Exception {
        JsonNode first = REPORTS.get("002_badff10682084d70");
        Http.Response again = importPage("002_badff10682084d70.txt", text("002_badff10682084d70"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(again.json().get("recorded").asBoolean()).isFalse();
        assertThat(again.json().get("version").asLong()).isEqualTo(first.get("version").asLong());
        assertThat(history(first.get("meetingId").asText())).hasSize(first.get("version").asInt() + 1);
    }

    @Test
    void aPageChangedSinceItsImportRecordsOnlyTheChangeAsACorrection() throws Exception {
        JsonNode first = REPORTS.get("003_7e16a4421008c2b1");
        String changed = text("003_7e16a4421008c2b1").replace("There were no outstanding issues.",
                "There were no outstanding issues; all had been picked up in the Work Programme.");

        Http.Response reimported = importPage("003_7e16a4421008c2b1.txt", changed);

        assertThat(reimported.status()).as(reimported.raw().body()).isEqualTo(201);
        JsonNode report = reimported.json();
        assertThat(report.get("outcome").asText()).isEqualTo("CORRECTED");
        assertThat(report.get("changes").get("corrected").asInt()).isEqualTo(1);
        assertThat(report.get("changes").get("added").asInt()).isZero();
        assertThat(report.get("version").asLong()).as("one correction, and the page as imported now")
                .isEqualTo(first.get("version").asLong() + 2);
        List<String> types = texts(history(report.get("meetingId").asText()), "type");
        assertThat(types.subList(types.size() - 2, types.size()))
                .containsExactly("minutebook.FactCorrected", "minutebook.MinutesImported");
        minutebook.awaitProjected(report.get("meetingId").asText(), report.get("version").asLong());
        assertThat(get("/api/meetings/" + report.get("meetingId").asText() + "/minutes").toString())
                .contains("all had been picked up in the Work Programme");
    }

    @Test
    void everyImportedFactIsRecordedByTheClerkWhoImportedItWithThePageKeptBeside() throws Exception {
        JsonNode history = history(meetingOf("004_cfd6ab707287b23f"));
        history.forEach(event -> assertThat(event.get("recordedBy").asText()).isEqualTo(CLERK));
        JsonNode imported = history.get(history.size() - 1);
        assertThat(imported.get("type").asText()).isEqualTo("minutebook.MinutesImported");
        assertThat(imported.get("data").get("source").asText()).isEqualTo("004_cfd6ab707287b23f.txt");
        assertThat(imported.get("data").get("sha256").asText())
                .isEqualTo(REPORTS.get("004_cfd6ab707287b23f").get("sha256").asText()).hasSize(64);
        assertThat(imported.get("data").get("text").asText()).isEqualTo(text("004_cfd6ab707287b23f"));
    }

    @Test
    void aRequestWithoutTheTextIsRefusedNamingTheFieldAndRecordsNothing() throws Exception {
        Http.Response missing = Http.post(minutebook.commandSide() + "/api/imports", "{\"source\": \"x.txt\"}");
        Http.Response notJson = Http.post(minutebook.commandSide() + "/api/imports", "minutes, please");
        Http.Response withKey = Http.post(minutebook.commandSide() + "/api/imports", body("x.txt", "Minutes"),
                "Idempotency-Key", "k-1");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("text");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(withKey.status()).isEqualTo(400);
        assertThat(withKey.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void aPageWithNothingOfAMeetingIsRefusedWithTheRuleItBreaksAndRecordsNothing() throws Exception {
        Http.Response refused = importPage("notes.txt", "Some notes that are not minutes at all.");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("no-meeting-on-page");
    }

    @Test
    void aPdfThatIsNotOneIsRefusedAsUnreadableNamingItsContent() throws Exception {
        String notAPdf = java.util.Base64.getEncoder().encodeToString("minutes, typed".getBytes());

        Http.Response refused = Http.post(minutebook.commandSide() + "/api/imports", JSON.writeValueAsString(
                Map.of("source", "minutes.pdf", "content", notAPdf, "format", "PDF")));

        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("page-unreadable");
        assertThat(refused.json().get("field").asText()).isEqualTo("content");
    }

    @Test
    void aDateGivenBesideThePageThatThePageStatesOtherwiseIsRefusedNamingTheDate() throws Exception {
        Http.Response refused = Http.post(minutebook.commandSide() + "/api/imports", JSON.writeValueAsString(
                Map.of("source", "004_cfd6ab707287b23f.txt", "text", text("004_cfd6ab707287b23f"),
                        "date", "2020-11-19")));

        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("given-disagrees-with-page");
        assertThat(refused.json().get("field").asText()).isEqualTo("date");
    }

    @Test
    void aPolicePanelsPageSavedAsHtmlIsImportedOverHttpAndReadBackFromTheReadModels() throws Exception {
        String html = Files.readString(FORMATS.resolve("cheshire-police-crime-panel-2024.html"));

        Http.Response imported = Http.post(minutebook.commandSide() + "/api/imports", JSON.writeValueAsString(
                Map.of("source", "cheshire-police-crime-panel-2024.html", "text", html, "format", "HTML")));

        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
        JsonNode report = imported.json();
        assertThat(report.get("meetingId").asText()).isEqualTo("cheshire-police-and-crime-panel-2024-07-19");
        assertThat(report.get("missing").toString()).isEqualTo("[\"council\"]");
        minutebook.awaitProjected(report.get("meetingId").asText(), report.get("version").asLong());
        JsonNode attendance = get("/api/meetings/cheshire-police-and-crime-panel-2024-07-19/attendance");
        assertThat(attendance.get("apologies").toString()).contains("Cllr Sam Naylor", "Cheshire West and Chester");
        assertThat(get("/api/meetings/cheshire-police-and-crime-panel-2024-07-19/decisions").toString())
                .contains("Mr Evan Morris was elected as Chair of the Panel", "Councillor Jill Houston");
    }

    @Test
    void theCommandLineImporterTakesAPdfAndAnHtmlPageAndImportingThemAgainRecordsNothing() throws Exception {
        Path folder = Files.createTempDirectory("formats");
        // printed minutes of the committee a week later, as the PDF a council publishes
        String printed = text("004_cfd6ab707287b23f").replace("Wednesday, 18 November 2020",
                "Wednesday, 25 November 2020");
        Files.write(folder.resolve("cfosc-2020-11-25.pdf"), PrintedPdf.of(printed.lines().toList()));
        Files.writeString(folder.resolve("police-panel-2025.html"), Files.readString(FORMATS.resolve(
                "cheshire-police-crime-panel-2024.html")).replace("19th July, 2024", "18th July, 2025"));

        String first = cli(List.of(folder.toString()));
        String again = cli(List.of(folder.toString()));

        assertThat(first).contains("cfosc-2020-11-25.pdf         RECORDED  children-families-overview-scrutiny"
                + "-committee-2020-11-25", "police-panel-2025.html       RECORDED  cheshire-police-and-crime-panel-2025-07-18");
        assertThat(again).contains("2 page(s): {UNCHANGED=2}");
        JsonNode record = get("/api/meetings/children-families-overview-scrutiny-committee-2020-11-25?minVersion=0");
        assertThat(record.get("chair").get("name").asText()).isEqualTo("Mrs. H. J. Fryer CC");
    }

    @Test
    void aPageThatNamesNoCommitteeImportsUnderTheCommitteeTheClerkNamesAndMatchesItAfterwards() throws Exception {
        Path folder = Files.createTempDirectory("no-committee");
        Files.writeString(folder.resolve("fire-authority-items.txt"), NO_COMMITTEE_NAMED);

        String imported = cli(List.of("--committee", "Fire Authority", "--council", "Buckinghamshire Fire Authority",
                "--date", "2022-02-09", folder.toString()));
        JsonNode history = history("fire-authority-2022-02-09");

        assertThat(imported).contains("fire-authority-items.txt     RECORDED  fire-authority-2022-02-09")
                .doesNotContain("not stated");
        assertThat(history.get(0).get("data").get("date").asText()).isEqualTo("2022-02-09");
        Http.Response sameCommittee = Http.post(minutebook.commandSide() + "/api/imports", JSON.writeValueAsString(
                Map.of("source", "fire-authority-later.txt", "text", NO_COMMITTEE_NAMED, "committee", "fire authority",
                        "date", "2022-03-09")));
        assertThat(sameCommittee.json().get("committeeId").asText()).as("the committee already registered")
                .isEqualTo("fire-authority");
    }

    @Test
    void aPageImportedIntoTheMeetingTheClerkScheduledFillsItInRatherThanMakingATwin() throws Exception {
        Http.Response committee = Http.post(minutebook.commandSide() + "/api/committees", JSON.writeValueAsString(
                Map.of("committeeId", "leics-cfosc-console", "name", "Children and Families O&S (as the clerk named it)",
                        "council", "Leicestershire County Council", "kind", "OVERVIEW_AND_SCRUTINY_COMMITTEE")));
        assertThat(committee.status()).as(committee.raw().body()).isEqualTo(201);
        Http.Response scheduled = Http.post(minutebook.commandSide() + "/api/meetings", JSON.writeValueAsString(
                Map.of("committeeId", "leics-cfosc-console", "title", "Children and Families Overview and Scrutiny",
                        "date", "18/11/2020")));
        assertThat(scheduled.json().get("id").asText()).as("named from its committee and day")
                .isEqualTo("leics-cfosc-console-2020-11-18");

        Http.Response imported = Http.post(minutebook.commandSide() + "/api/imports", JSON.writeValueAsString(
                Map.of("source", "004.txt", "text", text("004_cfd6ab707287b23f"), "committee", "leics-cfosc-console",
                        "date", "2020-11-18")));

        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
        assertThat(imported.json().get("committeeId").asText()).isEqualTo("leics-cfosc-console");
        assertThat(imported.json().get("meetingId").asText()).isEqualTo("leics-cfosc-console-2020-11-18");
        JsonNode history = history("leics-cfosc-console-2020-11-18");
        assertThat(history.get(0).get("data").get("title").asText()).as("the clerk's scheduling stands")
                .isEqualTo("Children and Families Overview and Scrutiny");
        assertThat(history.findValuesAsText("type")).containsOnlyOnce("minutebook.MeetingScheduled")
                .contains("minutebook.ItemMinuted", "minutebook.MinutesImported");
    }

    private static final String NO_COMMITTEE_NAMED = """
            Agenda and minutes

            Items
            No. Item

            2.

            Minutes

            Minutes:

            The Minutes of the meeting of the Fire Authority held on 8 December 2021 were approved as a correct record.

            3.

            Disclosure of Interests

            Minutes:

            None.
            """;

    /** Runs ./import's program as a clerk, with the given arguments; answers what it prints. */
    private static String cli(List<String> arguments) throws Exception {
        Path program = Path.of("../command-side/src/main/java/org/minutebook/command/imports/cli/ImportMinutes.java");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), program.toString(), "--url", minutebook.commandSide(), "--user", CLERK));
        command.addAll(arguments);
        ProcessBuilder importer = new ProcessBuilder(command);
        importer.environment().put("MINUTEBOOK_CLERK_PASSWORD", Users.CLERK.password());
        Process run = importer.start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String progress = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(out + progress).isZero();
        return out;
    }

    @Test
    void theCommandLineImporterTakesAFolderShowsItsProgressAndSumsUp() throws Exception {
        Path folder = Files.createTempDirectory("pages");
        Files.writeString(folder.resolve("000_57856f9b823160e1.txt"), text("000_57856f9b823160e1"));
        // the same committee a week later: a meeting not recorded yet
        Files.writeString(folder.resolve("002-a-week-later.txt"), text("002_badff10682084d70")
                .replace("Tuesday, 2 November 2021 2.00 pm", "Tuesday, 9 November 2021 2.00 pm"));
        Path cli = Path.of("../command-side/src/main/java/org/minutebook/command/imports/cli/ImportMinutes.java");
        ProcessBuilder importer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), cli.toString(), "--url", minutebook.commandSide(), "--user", CLERK, folder.toString())
                .redirectErrorStream(false);
        importer.environment().put("MINUTEBOOK_CLERK_PASSWORD", Users.CLERK.password());
        Process run = importer.start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String progress = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.waitFor()).as(out + progress).isZero();
        assertThat(progress).contains("[###############...............] 1/2", "[##############################] 2/2");
        assertThat(out).contains("000_57856f9b823160e1.txt     UNCHANGED",
                "002-a-week-later.txt         RECORDED  children-families-overview-scrutiny-committee-2021-11-09",
                "2 page(s): {UNCHANGED=1, RECORDED=1}");
    }

    @Test
    void theApiDescriptionDescribesTheImport() throws Exception {
        String description = Http.get(minutebook.commandSide() + "/v3/api-docs").raw().body();
        assertThat(description).contains("/api/imports", "Import a published minutes page", "ImportReport",
                "leftAsText");
    }

    private static Http.Response importPage(String source, String text) throws Exception {
        return Http.post(minutebook.commandSide() + "/api/imports", body(source, text));
    }

    private static String body(String source, String text) throws Exception {
        return JSON.writeValueAsString(Map.of("source", source, "text", text));
    }

    private static String text(String page) throws Exception {
        return Minutebook.seedPage(page);
    }

    private static String meetingOf(String page) {
        return REPORTS.get(page).get("meetingId").asText();
    }

    private static JsonNode history(String meetingId) throws Exception {
        Http.Response history = Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/meetings/" + meetingId
                + "/history");
        assertThat(history.status()).isEqualTo(200);
        return history.json();
    }

    private static JsonNode get(String path) throws Exception {
        return Http.ok(minutebook.querySide() + path);
    }

    private static List<String> texts(JsonNode rows, String field) {
        return Http.texts(rows, field);
    }
}
