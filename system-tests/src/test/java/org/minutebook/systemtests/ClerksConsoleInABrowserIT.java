package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk records meetings in the clerk's console, in a real browser (Debian's headless chromium, driven by
 * Selenium), with nothing but the console: the whole meeting of 21 June 2018 (page 003) as its published minutes
 * give it, attendance taken one key per member, and refusals shown by the field they concern. Two clerks at once
 * neither lose nor double a fact, and every command the API takes has its form in the console. The public pages then show what was recorded, and axe-core finds nothing serious
 * or critical in the console. Screenshots: system-tests/target/screenshots/console-*.png.
 */
class ClerksConsoleInABrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE_003 = "003-coventry-sb2-2018-06-21.json";
    private static Minutebook minutebook;
    private static Browser browser;
    private static ClerksConsole console;

    @BeforeAll
    static void aClerkOpensTheConsole() throws Exception {
        minutebook = Minutebook.running();
        browser = Browser.shared();
        console = new ClerksConsole(browser);
    }


    @Test
    void theMeetingOf21June2018IsRecordedThroughTheConsoleAloneAsItsRequestsRecordItAndThePublicReadsIt() throws Exception {
        String committee = "console-" + UUID.randomUUID().toString().substring(0, 8);
        String meetingId = recordedThroughTheConsoleAsItsRequestsRecordIt(PAGE_003, "coventry-sb2", committee)
                + "-2018-06-21";

        browser.screenshot("console-2018-06-21-recorded");
        assertThat(browser.accessibilityViolations(List.of("serious", "critical"))).isEmpty();
        // the draft minutes beside the forms follow the record: the last item's minute is there
        browser.driver.findElement(By.cssSelector(".parts-nav a[href='#part-preview']")).sendKeys(Keys.ENTER);
        browser.driver.switchTo().frame(browser.driver.findElement(By.id("preview")));
        console.waiting().until(driver -> driver.findElement(By.tagName("body")).getText()
                .contains("There were no other items of business."));
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Draft minutes")
                .contains("Secure provision");
        browser.driver.switchTo().defaultContent();

        browser.open(minutebook.querySide() + "/meetings/" + meetingId + "/minutes");
        String minutes = browser.driver.findElement(By.tagName("main")).getText();
        assertThat(minutes).contains("Draft minutes")
                .contains("To recommend that in-house training be provided to all elected members and senior managers.")
                .contains("Evaluation of the “family of schools”");
        browser.screenshot("console-2018-06-21-public-minutes");
        browser.open(minutebook.querySide() + "/decisions?committeeId=" + committee);
        assertThat(browser.driver.findElement(By.tagName("main")).getText())
                .contains("To note progress made against the 2015 Task and Finish group recommendations.")
                .contains("Agreed to receive a progress report in 12 months’ time.");
    }

    @Test
    void aPublishedPageImportedFromTheConsoleIsShownThereWithItsItems() throws Exception {
        String board = "Console Import Board " + UUID.randomUUID().toString().substring(0, 6);
        String page = Files.readString(Path.of("../minutes-reader/src/test/resources/seeds/pages/003_7e16a4421008c2b1.txt"))
                .replace("Education and Children's Services Scrutiny Board (2)", board);

        console.open(minutebook.querySide(), Users.CLERK);
        WebElement importing = console.open("POST", "/api/imports");
        console.fill(importing, "", JSON.createObjectNode().put("source", "003-from-the-console.txt").put("text", page));
        console.send(importing);

        console.waiting().until(driver -> driver.findElement(By.id("workspace")).isDisplayed());
        assertThat(console.announcement()).isEqualTo("Recorded: Import a published minutes page.");
        assertThat(browser.driver.findElement(By.id("meeting-heading")).getText()).isEqualTo(board);
        String meetingId = new Select(browser.driver.findElement(By.id("meeting"))).getFirstSelectedOption().getAttribute("value");
        JsonNode agenda = Http.ok(minutebook.querySide() + "/api/meetings/" + meetingId).get("agenda");
        List<String> items = browser.driver.findElements(By.cssSelector("#items [data-item]")).stream()
                .map(WebElement::getText).toList();
        assertThat(items).hasSize(agenda.size()).contains("3 Corporate Parenting and the Corporate Parenting Board");
    }

    @Test
    void anItemIsChangedStartingFromWhatTheAgendaHoldsAndNothingElseOfItIsLost() throws Exception {
        String meetingId = openMeeting("console-amending", List.of());
        Http.send("PUT", minutebook.commandSide() + "/api/meetings/" + meetingId + "/agenda/items/item-1", """
                {"number": "1", "title": "Announcements", "agendaText": "ZQX the chair's news", "documents":
                 [{"title": "Briefing", "format": "PDF", "size": "61 KB"}]}""");
        minutebook.awaitProjected(meetingId, 3);

        atTheMeeting("console-amending", meetingId);
        WebElement amend = console.open("PUT", "/api/meetings/" + meetingId + "/agenda/items/item-1");
        assertThat(amend.findElement(By.name("documents[0].title")).getAttribute("value")).isEqualTo("Briefing");
        WebElement title = amend.findElement(By.name("title"));
        assertThat(title.getAttribute("value")).isEqualTo("Announcements");
        title.clear();
        title.sendKeys("Chair's Announcements");
        console.send(amend);

        JsonNode item = Http.ok(minutebook.querySide() + "/api/meetings/" + meetingId + "?minVersion=4").get("agenda").get(0);
        assertThat(item.get("title").asText()).isEqualTo("Chair's Announcements");
        assertThat(item.get("agendaText").asText()).isEqualTo("ZQX the chair's news");
        assertThat(item.get("documents").get(0).get("size").asText()).isEqualTo("61 KB");
        WebElement again = console.open("PUT", "/api/meetings/" + meetingId + "/agenda/items/item-1");
        assertThat(again.findElement(By.name("title")).getAttribute("value")).as("the form starts from the item as it now is")
                .isEqualTo("Chair's Announcements");
    }

    /**
     * The console finds a member's attendance as the rules do: its "same person" ({@code people.js}) answers as
     * {@link Person#sameAs} does, case by case: ids, names as written (case and spacing aside, a no-break space kept),
     * offices, a name against a bare office, nothing at all.
     */
    @Test
    void theConsolesSamePersonIsTheRecordsSamePerson() throws Exception {
        List<Person[]> pairs = List.of(
                new Person[] {new Person("cole", "Councillor Cole"), new Person("cole", "Cllr Cole")},
                new Person[] {new Person("cole", "Councillor Cole"), new Person("march", "Councillor Cole")},
                new Person[] {new Person("cole", "Councillor Cole"), new Person(null, "  councillor   COLE ")},
                new Person[] {new Person(null, "Cllr Greg"), new Person(null, "Cllr Gregg")},
                new Person[] {new Person(null, "Cllr\u00a0Orton"), new Person(null, "Cllr Orton")},
                new Person[] {new Person(null, "Cllr\tOrton\n"), new Person(null, "cllr orton")},
                new Person[] {new Person(null, null, "The Chair"), new Person(null, null, "the  chair")},
                new Person[] {new Person(null, null, "The Chair"), new Person(null, "The Chair")},
                new Person[] {new Person(null, "Mrs H. J. Fryer", "The Chair"), new Person(null, null, "The Chair")},
                new Person[] {new Person("", "Cllr Orton"), new Person("", "Cllr Bhatia")},
                new Person[] {new Person(null, "ÉLODIE Brun"), new Person(null, "élodie brun")},
                new Person[] {new Person(null, null, null), new Person(null, null, null)});
        browser.open(minutebook.querySide() + "/console");
        List<List<Object>> asJson = pairs.stream().map(pair -> List.<Object>of(person(pair[0]), person(pair[1])))
                .toList();

        Object answers = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/console/people.js').then((people) =>
                  done(arguments[0].map(([a, b]) => people.samePerson(a, b))), (failed) => done(String(failed)));""",
                asJson);

        assertThat(answers).as("people.js, pair by pair")
                .isEqualTo(pairs.stream().map(pair -> pair[0].sameAs(pair[1])).toList());
    }

    private static Map<String, Object> person(Person person) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", person.id());
        fields.put("name", person.name());
        fields.put("role", person.role());
        return fields;
    }

    @Test
    void everyCommandTheApiTakesIsOfferedByTheConsoleAndNoOther() throws Exception {
        JsonNode document = Http.ok(minutebook.commandSide() + "/v3/api-docs");
        Set<String> commands = new TreeSet<>();
        // an operator's work (registering a webhook subscriber, retrying what publication parked) is no command of
        // the record
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if ((method.equals("post") || method.equals("put")) && !path.getKey().startsWith("/api/admin/")) {
                commands.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        String catalogue = Http.get(minutebook.querySide() + "/console/catalogue.js").raw().body();
        Set<String> offered = new TreeSet<>();
        Matcher command = Pattern.compile("\\{ path: '([^']+)'(, method: '(\\w+)')?").matcher(catalogue);
        while (command.find()) {
            offered.add((command.group(3) == null ? "POST" : command.group(3).toUpperCase()) + " " + command.group(1));
        }
        assertThat(offered).containsExactlyElementsOf(commands);
    }

    /**
     * Records every request of a page through the console, and the same requests straight through the API under
     * another committee; the two meetings' records must be the same fact for fact, each request one event.
     */
    private static String recordedThroughTheConsoleAsItsRequestsRecordIt(String page, String pageCommittee,
                                                                         String committee) throws Exception {
        List<JsonNode> steps = stepsOf(page, pageCommittee, committee);
        console.open(minutebook.querySide(), Users.CLERK);
        // registered, the committee is chosen; scheduled, the meeting is: the clerk goes straight on
        for (JsonNode step : steps) {
            console.record(step.get("method").asText(), step.get("path").asText(), step.get("body"));
        }
        String twin = committee + "-twin";
        for (JsonNode step : stepsOf(page, pageCommittee, twin)) {
            Http.Response answer = Http.send(step.get("method").asText(), minutebook.commandSide() + step.get("path").asText(),
                    step.get("body").toString());
            assertThat(answer.status()).as(step.toString()).isBetween(200, 201);
        }
        String meetingId = steps.get(1).get("body").get("meetingId").asText();
        String twinMeeting = meetingId.replace(committee, twin);
        long version = steps.stream().filter(step -> step.get("path").asText().startsWith("/api/meetings")).count() - 1;
        minutebook.awaitProjected(meetingId, version);
        minutebook.awaitProjected(twinMeeting, version);
        JsonNode recorded = Http.ok(minutebook.querySide() + "/api/meetings/" + meetingId + "/minutes");
        JsonNode expected = Http.ok(minutebook.querySide() + "/api/meetings/" + twinMeeting + "/minutes");
        // when each event was recorded differs between the two meetings, recorded one after the other
        ((ObjectNode) recorded).remove("recordedAt");
        ((ObjectNode) expected).remove("recordedAt");
        assertThat(recorded.toString().replace(committee, "C")).isEqualTo(expected.toString().replace(twin, "C"));
        assertThat(recorded.get("version").asLong()).as("one event per request, none twice").isEqualTo(version);
        return committee;
    }

    @Test
    void aRefusedCommandShowsTheRuleItBrokeNextToTheFieldAndRecordsNothing() throws Exception {
        String meetingId = openMeeting("console-refused", List.of());

        atTheMeeting("console-refused", meetingId);
        WebElement close = console.open("POST", "/api/meetings/" + meetingId + "/closing");
        console.fill(close, "", JSON.readTree("{\"closedAt\": \"13:00\"}"));
        console.send(close);

        assertThat(ClerksConsole.problemBy(close, "closedAt"))
                .contains("The meeting cannot close at 1.00pm, before it opened at 2.00pm").contains("close-before-start");
        assertThat(close.findElement(By.name("closedAt")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("name")).as("the field is focused")
                .isEqualTo("closedAt");
        browser.screenshot("console-refused-by-the-field");
        assertThat(history(meetingId)).as("nothing recorded").hasSize(3);

        WebElement schedule = console.open("POST", "/api/meetings");
        console.fill(schedule, "", JSON.readTree("""
                {"title": "Board", "contacts": [{"name": "Gemma Duckworth", "email": "not an address"}]}"""));
        console.send(schedule);
        assertThat(ClerksConsole.problemBy(schedule, "contacts[0].email")).startsWith("Email:");
        assertThat(browser.accessibilityViolations(List.of("serious", "critical"))).isEmpty();
    }

    @Test
    void attendanceIsTakenWithOneKeyPerMemberAndAnImpossibleOneIsRefusedOnTheMembersRow() throws Exception {
        String meetingId = openMeeting("console-attendance", List.of("able", "baker", "cole"));

        atTheMeeting("console-attendance", meetingId);
        press("able", "p");
        press("baker", "a");
        press("cole", "a"); // a substitute stands in for a member who sent apologies
        row("cole").sendKeys("s");
        WebElement substitute = browser.driver.findElement(By.cssSelector("#substitute-form form"));
        assertThat(substitute.findElement(By.name("forMember.id")).getAttribute("value")).isEqualTo("cole");
        console.fill(substitute, "", JSON.readTree("{\"substitute\": {\"name\": \"Councillor Dean\"}}"));
        console.send(substitute);
        press("baker", "p");

        assertThat(row("baker").getText()).contains("cannot be both present and absent").contains("present-and-absent");
        browser.screenshot("console-attendance");
        // recorded after the opening (2): present, two apologies, the substitute
        JsonNode attendance = Http.ok(minutebook.querySide() + "/api/meetings/" + meetingId + "/attendance?minVersion=6");
        assertThat(Http.texts(attendance.get("present"), "person")).hasSize(1);
        assertThat(attendance.get("present").get(0).get("person").get("id").asText()).isEqualTo("able");
        assertThat(attendance.get("apologies").get(0).get("person").get("id").asText()).isEqualTo("baker");
        assertThat(attendance.get("substitute").get(0).get("person").get("name").asText()).isEqualTo("Councillor Dean");
        assertThat(attendance.get("substitute").get(0).get("forMember").get("id").asText()).isEqualTo("cole");
        assertThat(Http.texts(attendance.get("apologies"), "person")).hasSize(2);
    }

    @Test
    void twoClerksAtOnceAndADoubleClickNeitherLoseNorDoubleAFact() throws Exception {
        String meetingId = openMeeting("console-two-clerks", List.of());

        atTheMeeting("console-two-clerks", meetingId);
        WebElement mine = console.open("POST", "/api/meetings/" + meetingId + "/items/item-1/announcements");
        console.fill(mine, "", JSON.readTree("{\"text\": \"ZQX the console clerk's announcement\"}"));
        // while this clerk types, another records in the same meeting
        Http.Response other = Http.post(minutebook.commandSide() + "/api/meetings/" + meetingId + "/items/item-1/announcements",
                "{\"text\": \"ZQX the other clerk's announcement\"}");
        assertThat(other.status()).isEqualTo(201);
        console.send(mine);

        List<String> shown = ClerksConsole.problemsIn(mine);
        WebElement notice = browser.driver.findElement(By.id("changed-elsewhere"));
        console.waiting().until(driver -> notice.isDisplayed());
        assertThat(notice.getText()).contains("Someone else");
        if (!shown.isEmpty()) { // refused as stale (If-Match): said so, and sent again on the current record
            assertThat(shown.toString()).contains("concurrent-change");
            console.send(mine);
        }
        assertThat(ClerksConsole.problemsIn(mine)).isEmpty();

        WebElement twice = console.open("POST", "/api/meetings/" + meetingId + "/items/item-1/announcements");
        console.fill(twice, "", JSON.readTree("{\"text\": \"ZQX announced once however often clicked\"}"));
        String said = console.announced();
        new Actions(browser.driver).doubleClick(twice.findElement(By.cssSelector("button[type=submit]"))).perform();
        console.waiting().until(driver -> !said.equals(console.announced()));

        List<String> announcements = new ArrayList<>();
        for (JsonNode event : history(meetingId)) {
            if (event.get("type").asText().endsWith("ChairsAnnouncementMade")) {
                announcements.add(event.get("data").get("text").asText());
            }
        }
        assertThat(announcements).containsExactlyInAnyOrder("ZQX the other clerk's announcement",
                "ZQX the console clerk's announcement", "ZQX announced once however often clicked");
        browser.screenshot("console-two-clerks");
    }

    @Test
    void theAgendaTheNamesAndAMinuteArePastedAsThePageGivesThem() throws Exception {
        // members of their own, apart from the seeds' (a member's page names them as their latest meeting does)
        String meetingId = openMeeting("console-by-page", List.of("ahmed", "baxter"));
        atTheMeeting("console-by-page", meetingId);

        // the agenda as the minutes of 18 November 2020 set it out: each number on a line of its own
        paste("agenda-paste", "agenda-paste-text", """
                26.

                Defining Children and Family Services for the Future.
                 The Committee considered a report of the Director of Children and Family Services.
                27.

                Progress Report: Ofsted Recommendations as Part of the Ofsted Continuous
                Improvement Action Plan 2017-2020 - The Road to Excellence.
                """);
        click("#agenda-paste .actions button.secondary");
        assertThat(texts("#agenda-paste-found li")).containsExactly(
                "26. Defining Children and Family Services for the Future",
                "27. Progress Report: Ofsted Recommendations as Part of the Ofsted Continuous Improvement Action Plan"
                        + " 2017-2020 - The Road to Excellence");
        click("#agenda-paste .actions button:not(.secondary)");
        console.waiting().until(driver -> said("agenda-paste-said").startsWith("2 items added"));

        // who was present, as the page lists them: two members of the committee and someone who is not
        paste("names-paste", "names-paste-text", "Councillor Ahmed (in the Chair)\nCouncillor Baxter\nMrs Sue Whiting");
        click("#names-paste .actions button:not(.secondary)");
        console.waiting().until(driver -> said("names-paste-said").startsWith("3 recorded present"));

        // item 26's minute as the page gives it: lines wrapped at its width, points labelled i) and ii)
        console.chooseItem("item-26");
        WebElement minute = console.open("POST", "/api/meetings/" + meetingId + "/items/item-26/minute");
        pasteInto(minute.findElement(By.name("blocks")), """
                Further work would be undertaken over the next five – six months to develop the themes
                and opportunities in partnership with staff across the Department.
                Arising from the discussion, the following comments were raised:
                i) It was apparent that Newton Europe had effected significant reductions within
                Children and Family Services in other authorities.
                ii) A report was being presented to the Cabinet on 20 November 2020.""");
        console.send(minute);

        JsonNode minutes = Http.ok(minutebook.querySide() + "/api/meetings/" + meetingId + "/minutes?minVersion=8");
        assertThat(Http.texts(minutes.get("items"), "number")).containsExactly("1", "26", "27");
        List<String> present = new ArrayList<>();
        minutes.get("attendance").forEach(fact -> present.add(fact.get("member").path("id").asText("") + "/"
                + fact.get("member").get("name").asText()));
        assertThat(present).as("members by their id, anyone else by the name as written").containsExactly(
                "ahmed/Councillor Ahmed", "baxter/Councillor Baxter", "/Mrs Sue Whiting");
        JsonNode blocks = minutes.get("items").get(1).get("business").get(0).get("blocks");
        assertThat(blocks.get(0).get("text").asText()).isEqualTo("Further work would be undertaken over the next"
                + " five – six months to develop the themes and opportunities in partnership with staff across the"
                + " Department.");
        assertThat(blocks.get(1).get("text").asText()).isEqualTo(
                "Arising from the discussion, the following comments were raised:");
        assertThat(blocks.get(2).get("kind").asText()).isEqualTo("BULLETS");
        assertThat(blocks.get(2).get("items").get(0).asText()).isEqualTo("i) It was apparent that Newton Europe had"
                + " effected significant reductions within Children and Family Services in other authorities.");
        assertThat(blocks.get(2).get("items").get(1).asText())
                .isEqualTo("ii) A report was being presented to the Cabinet on 20 November 2020.");
    }

    @Test
    void aResolutionIsCorrectedInItsOwnFormFilledInAsRecordedWithTheClerkAsCorrector() throws Exception {
        String meetingId = openMeeting("console-correcting", List.of());
        Http.post(minutebook.commandSide() + "/api/meetings/" + meetingId + "/items/item-1/resolutions", """
                {"resolutionId": "res-1", "form": "RESOLVED", "parts": [{"label": "a)", "text": "That report be noted;"},
                 {"label": "b)", "text": "That the Cabinet be advised."}]}""");
        minutebook.awaitProjected(meetingId, 3);

        atTheMeeting("console-correcting", meetingId);
        console.chooseItem("item-1");
        WebElement correct = console.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#item-facts button[aria-label^='Correct: Resolution']")));
        correct.sendKeys(Keys.ENTER);
        WebElement form = console.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#correction-form form")));
        assertThat(form.findElement(By.name("parts[0].text")).getAttribute("value")).as("the resolution's own form, as recorded")
                .isEqualTo("That report be noted;");
        assertThat(form.findElement(By.name("parts[1].label")).getAttribute("value")).isEqualTo("b)");
        assertThat(new Select(form.findElement(By.name("form"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("RESOLVED");
        String corrector = form.findElement(By.cssSelector("[id$='-correction-by']")).getAttribute("value");
        assertThat(corrector).as("the clerk signed in").isNotBlank();
        WebElement text = form.findElement(By.name("parts[0].text"));
        text.clear();
        text.sendKeys("That the report be noted;");
        form.findElement(By.cssSelector("[id$='-correction-reason']")).sendKeys("Minuted without its article");
        console.send(form);

        JsonNode corrected = history(meetingId).get(4);
        assertThat(corrected.get("type").asText()).endsWith("FactCorrected");
        assertThat(corrected.get("data").get("correctedBy").get("name").asText()).isEqualTo(corrector);
        assertThat(corrected.get("data").get("replacement").get("resolutionId").asText()).as("the same decision")
                .isEqualTo("res-1");
        JsonNode resolution = Http.ok(minutebook.querySide() + "/api/meetings/" + meetingId + "/minutes?minVersion=4")
                .get("items").get(0).get("business").get(0);
        assertThat(Http.texts(resolution.get("parts"), "text")).containsExactly("That the report be noted;",
                "That the Cabinet be advised.");
    }

    /** Opens a panel of the console and pastes the text into its box, as a clerk pastes from the page. */
    private static void paste(String panel, String box, String text) {
        // the meeting's panels are drawn once its record is read: under load, after the test has moved on
        console.waiting().until(driver -> !driver.findElements(By.id(panel)).isEmpty());
        WebElement details = browser.driver.findElement(By.id(panel));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        pasteInto(browser.driver.findElement(By.id(box)), text);
    }

    private static void pasteInto(WebElement box, String text) {
        browser.driver.executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", box, text);
    }

    private static void click(String selector) {
        console.waiting().until(driver -> driver.findElement(By.cssSelector(selector)).isDisplayed());
        browser.driver.findElement(By.cssSelector(selector)).click();
    }

    private static List<String> texts(String selector) {
        return browser.driver.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private static String said(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    /** A page's requests, its committee (and so its meetings) under an id of this run. */
    private static List<JsonNode> stepsOf(String page, String pageCommittee, String committee) throws Exception {
        String text = Files.readString(Path.of(ClerksConsoleInABrowserIT.class.getResource("/minutes/" + page).toURI()));
        List<JsonNode> steps = new ArrayList<>();
        JSON.readTree(text.replace(pageCommittee, committee)).forEach(steps::add);
        return steps;
    }

    /** A committee with these members, and a meeting of it scheduled and opened at 14:00 with an item 1. */
    private static String openMeeting(String committee, List<String> members) throws Exception {
        minutebook.registerCommittee(committee, "Console Scrutiny Board");
        for (String member : members) {
            assertThat(Http.post(minutebook.commandSide() + "/api/committees/" + committee + "/members", """
                    {"member": {"id": "%s", "name": "Councillor %s"}, "role": "MEMBER", "from": "2020-01-01"}"""
                    .formatted(member, Character.toUpperCase(member.charAt(0)) + member.substring(1))).status())
                    .isEqualTo(201);
        }
        String meetingId = committee + "-" + UUID.randomUUID().toString().substring(0, 8);
        Http.post(minutebook.commandSide() + "/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Console Scrutiny Board",
                 "startsAt": "2021-03-04T14:00", "venue": "Town Hall"}""".formatted(meetingId, committee));
        Http.post(minutebook.commandSide() + "/api/meetings/" + meetingId + "/agenda/items",
                "{\"itemId\": \"item-1\", \"number\": \"1\", \"title\": \"Announcements\"}");
        Http.post(minutebook.commandSide() + "/api/meetings/" + meetingId + "/opening", "{\"openedAt\": \"14:00\"}");
        minutebook.awaitProjected(meetingId, 2);
        return meetingId;
    }

    /** The clerk signed in at the console, the committee and meeting chosen. */
    private static void atTheMeeting(String committee, String meetingId) {
        console.open(minutebook.querySide(), Users.CLERK);
        console.chooseCommittee(committee);
        console.chooseMeeting(meetingId);
    }

    private static JsonNode history(String meetingId) throws Exception {
        return Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/meetings/" + meetingId + "/history").json();
    }

    private static WebElement row(String memberId) {
        return browser.driver.findElement(By.cssSelector("#members tr[data-member='" + memberId + "']"));
    }

    /** A member's key on their row, and the console's answer to it. */
    private static void press(String memberId, String key) {
        String said = console.announced();
        row(memberId).sendKeys(key);
        // the rows are drawn afresh as the record changes
        console.waiting().ignoring(StaleElementReferenceException.class).until(driver -> !said.equals(console.announced())
                || !row(memberId).findElement(By.cssSelector(".field-problem")).getText().isBlank());
    }
}
