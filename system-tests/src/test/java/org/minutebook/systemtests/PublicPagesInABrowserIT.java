package org.minutebook.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the published minutes of 18 November 2020 (004) and 2 November 2021 (002) recorded, and a meeting of the
 * Corporate Parenting Board with an exempt item, when a member of the public reads the council's pages in a real
 * browser (Debian's headless chromium, driven by Selenium), then the pages show the meeting's agenda, its draft
 * minutes (who arrived late and who left early among them), its decisions, its declarations and each member's
 * attendance, withhold the exempt item, read on a phone,
 * and axe-core finds nothing serious or critical on any of them. Screenshots: system-tests/target/screenshots.
 */
class PublicPagesInABrowserIT {

    private static final String NOV_2020 = Minutebook.NOV_2020;
    private static final String COMMITTEE = "leics-cfosc";
    private static final String EXEMPT_TITLE = "ZQXPAGES Foster carer allowances of one family";
    private static Minutebook minutebook;
    private static Browser browser;
    private static String exemptMeeting;

    @BeforeAll
    static void theMinutesAreRecordedAndABrowserIsOpen() throws Exception {
        minutebook = Minutebook.running();
        minutebook.recordPublishedMinutes();
        minutebook.registerCommittee("public-pages", "Corporate Parenting Board");
        // appointed as the page lists him, by name alone: no id, role or date to invent
        record("/api/committees/public-pages/members", """
                {"member": {"name": "Councillor Shah"}}""");
        exemptMeeting = "public-pages-" + UUID.randomUUID();
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "public-pages", "title": "Corporate Parenting Board",
                 "startsAt": "2021-11-02T14:00", "venue": "County Hall"}""".formatted(exemptMeeting));
        record("/api/meetings/" + exemptMeeting + "/agenda/items", """
                {"itemId": "item-1", "number": "1", "title": "Public business item"}""");
        record("/api/meetings/" + exemptMeeting + "/agenda/items", """
                {"itemId": "item-9", "number": "9", "title": "%s", "agendaText": "ZQXPAGES appendix",
                 "exemption": {"schedule12AParagraph": "3", "reason": "Financial affairs"}}""".formatted(EXEMPT_TITLE));
        record("/api/meetings/" + exemptMeeting + "/opening", """
                {"openedAt": "2021-11-02T14:00", "chair": {"role": "The Chair"}}""");
        record("/api/meetings/" + exemptMeeting + "/attendance/members", """
                {"member": {"name": "Councillor Cole"}}""");
        record("/api/meetings/" + exemptMeeting + "/attendance/members", """
                {"member": {"id": "cllr-march", "name": "Councillor March"}}""");
        // named as the minutes name them, without the id the PRESENT list gave: the same person all the same
        record("/api/meetings/" + exemptMeeting + "/attendance/late-arrivals", """
                {"member": {"name": "Councillor Cole"}, "itemId": "item-1"}""");
        record("/api/meetings/" + exemptMeeting + "/attendance/early-departures", """
                {"member": {"name": "Councillor March"}, "itemId": "item-1"}""");
        // in the chair from item 1, not listed among those present: present all the same
        long last = record("/api/meetings/" + exemptMeeting + "/roles", """
                {"role": "CHAIR", "person": {"id": "councillor-shah", "name": "Councillor Shah"}, "fromItemId": "item-1"}""");
        minutebook.awaitProjected(exemptMeeting, last);
        browser = Browser.start();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theHomePageListsTheCommitteeAndLeadsToItsCalendar() throws Exception {
        open("/", "home");

        assertThat(heading()).isEqualTo("Committees and meetings");
        // other tests register committees of the same name: the committee is found by its page
        WebElement committee = browser.driver.findElement(By.cssSelector("section[aria-labelledby=committees]"))
                .findElement(By.cssSelector("a[href$='/committees/" + COMMITTEE + "']"));
        assertThat(committee.getText()).isEqualTo("Children and Families Overview and Scrutiny Committee");
        committee.click();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/committees/" + COMMITTEE);
        assertThat(text("section[aria-labelledby=calendar]"))
                .contains("Wednesday 18 November 2020, 9.30am").contains("Tuesday 2 November 2021");
        browser.screenshot("committee");
    }

    @Test
    void theAgendaOf18November2020ListsItems19To31InOrderWithWhenAndWhere() throws Exception {
        open("/meetings/" + NOV_2020, "agenda-2020-11-18");

        List<String> items = browser.driver.findElements(By.cssSelector("#agenda ~ article > h3")).stream()
                .map(WebElement::getText).toList();
        assertThat(items).hasSize(13);
        assertThat(items.get(0)).isEqualTo("19. Minutes.");
        assertThat(items.get(7)).isEqualTo("26. Defining Children and Family Services for the Future.");
        assertThat(items.get(12)).isEqualTo("31. Dates of Future Meetings.");
        assertThat(text("dl.details")).contains("County Hall, Glenfield").contains("18 November 2020 at 9.30am");
        assertThat(text("main")).contains("Draft minutes");
    }

    @Test
    void theMinutesAreMarkedDraftAndHoldItem26sResolution() throws Exception {
        open("/meetings/" + NOV_2020 + "/minutes", "minutes-2020-11-18");

        assertThat(text(".stage")).isEqualTo("Draft minutes");
        assertThat(text("#item-26")).contains("RESOLVED:").contains("a) That the report be noted;")
                .contains("c) That the Cabinet be advised of the comments made by the Committee.");
        assertThat(text(".minutes .present")).contains("Mr. I. E. G. Bentley CC");
    }

    @Test
    void theMinutesSayWhoArrivedLateAndWhoLeftEarlyUnderTheItemTheyCameOrWentDuring() throws Exception {
        open("/meetings/" + exemptMeeting + "/minutes", "minutes-arrivals-and-departures");

        assertThat(text("#item-1")).contains("Councillor Cole arrived during the consideration of this item.")
                .contains("Councillor March left the meeting during the consideration of this item.");
        String printable = Http.get(minutebook.querySide() + "/api/meetings/" + exemptMeeting + "/minutes.html").raw()
                .body();
        assertThat(printable).contains("Councillor Cole arrived during the consideration of this item.")
                .contains("Councillor March left the meeting during the consideration of this item.");
    }

    @Test
    void searchingTheDecisionRegisterByKeyboardFindsItem26() throws Exception {
        open("/decisions", "decisions");

        WebElement words = browser.driver.findElement(By.id("q"));
        words.sendKeys("Cabinet be advised", Keys.ENTER);
        browser.screenshot("decisions-search");

        assertThat(browser.driver.getCurrentUrl()).contains("q=Cabinet+be+advised");
        List<String> rows = browser.driver.findElements(By.cssSelector("table.decisions tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("26. Defining Children and Family Services")
                .contains("Resolved").contains("That the Cabinet be advised"));
        assertThat(rows).allSatisfy(row -> assertThat(row.toLowerCase()).contains("cabinet be advised"));
    }

    @Test
    void theDeclarationsRegisterSaysNoInterestsWereDeclaredAtItem23() throws Exception {
        open("/declarations?committeeId=" + COMMITTEE, "declarations");

        assertThat(browser.driver.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText))
                .anySatisfy(row -> assertThat(row).contains("Wednesday 18 November 2020").contains("23.")
                        .contains("No interests declared"));
    }

    @Test
    void mrBentleysAttendanceIsGivenInModernGovsTermsWithAChart() throws Exception {
        open("/members/bentley", "member-bentley");

        assertThat(heading()).isEqualTo("Mr. I. E. G. Bentley CC");
        assertThat(text(".attendance-summary")).contains("Expected").contains("Present as substitute")
                .contains("Absent without apologies");
        Map<String, String> byDay = attendanceByDay();
        assertThat(byDay).containsEntry("Wednesday 18 November 2020", "Present")
                .containsEntry("Tuesday 2 November 2021", "Absent without apologies");
        assertThat(browser.driver.findElements(By.cssSelector("svg[role=img] rect"))).isNotEmpty();
    }

    @Test
    void whoeverChairedIsPresentOnTheirAttendancePageThoughTheListDoesNotNameThem() throws Exception {
        open("/members/councillor-shah", "member-shah");

        Map<String, String> byDay = attendanceByDay();
        assertThat(byDay).containsEntry("Tuesday 2 November 2021", "Present");
    }

    @Test
    void theMeetingsPageIsItsAgendaAndMinutesWithItsAttendanceAsModernGovShowsThem() throws Exception {
        open("/meetings/" + NOV_2020, "agenda-and-minutes-2020-11-18");

        assertThat(text("#agenda")).isEqualTo("Agenda and minutes");
        assertThat(text("section[aria-labelledby=attendance]")).contains("Mrs. H. J. Fryer CC (in the Chair)")
                .contains("Mr. I. E. G. Bentley CC");
        assertThat(text("article#item-26")).contains("Minutes:").contains("Newton Europe")
                .contains("RESOLVED:").contains("a) That the report be noted;");
    }

    @Test
    void searchingTheMinutesForNewtonEuropeFindsItem26WithTheWordsMarked() throws Exception {
        open("/search?q=Newton+Europe", "search-minutes");

        List<WebElement> found = browser.driver.findElements(By.cssSelector("section[aria-labelledby=found-minutes] li"));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).getText()).contains("26. Defining Children and Family Services for the Future");
        assertThat(found.get(0).findElements(By.tagName("mark"))).extracting(WebElement::getText)
                .allSatisfy(marked -> assertThat(marked).isEqualToIgnoringCase("Newton Europe"));
    }

    @Test
    void theDecisionFeedsEntriesKeepTheDecisionsIdsNameTheirAuthorsAndABrowserShowsThemAsAPage() throws Exception {
        String feed = Http.get(minutebook.querySide() + "/decisions.atom?committeeId=" + COMMITTEE).raw().body();
        assertThat(feed).contains("<id>urn:minutebook:decision:" + NOV_2020 + ":")
                .contains("<name>Children and Families Overview and Scrutiny Committee</name>")
                .contains("<?xml-stylesheet type=\"text/xsl\" href=\"/feeds/atom.xsl\"?>");

        open("/decisions.atom?committeeId=" + COMMITTEE, "decisions-feed");
        assertThat(heading()).isNotBlank();
        assertThat(text("main")).contains("Children and Families Overview and Scrutiny Committee");
    }

    @Test
    void theCommitteesMonthShowsTheMeetingOf18NovemberOnItsDay() throws Exception {
        open("/committees/" + COMMITTEE + "/calendar?month=2020-11", "calendar-2020-11");

        assertThat(heading()).endsWith("November 2020");
        WebElement meeting = browser.driver.findElement(By.cssSelector("table.month a[href='/meetings/" + NOV_2020 + "']"));
        assertThat(meeting.findElement(By.xpath("./ancestor::td")).getText()).startsWith("18");
    }

    @Test
    void aDateInTheDecisionRegisterIsNeverBrokenMidWordOnADeskOrAPhone() throws Exception {
        open("/decisions?committeeId=" + COMMITTEE, "decisions-dates");
        String linesOfEachDate = "return [...document.querySelectorAll('table.decisions td.day')].map((cell) => {"
                + " const range = document.createRange(); range.selectNodeContents(cell);"
                + " return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size; })";

        assertThat(lines(browser.driver.executeScript(linesOfEachDate))).isNotEmpty().containsOnly(1L);
        assertThat(lines(browser.asAPhone(() -> browser.driver.executeScript(linesOfEachDate))))
                .as("at " + Browser.PHONE_WIDTH + " px").isNotEmpty().containsOnly(1L);
    }

    @Test
    void theExemptItemIsWithheldFromThePublicAgenda() throws Exception {
        open("/meetings/" + exemptMeeting, "agenda-exempt");

        assertThat(text("section[aria-labelledby=agenda]")).contains("Public business item")
                .contains("Exempt item").contains("paragraph 3 of Schedule 12A");
        assertThat(browser.driver.getPageSource()).doesNotContain("ZQXPAGES");
    }

    @Test
    void theFirstTabReachesTheSkipLinkAndItLeadsToTheMainContent() throws Exception {
        open("/meetings/" + NOV_2020, "agenda-keyboard");

        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void onAPhoneNoPageIsWiderThanTheScreen() throws Exception {
        for (String path : publicPages()) {
            browser.open(minutebook.querySide() + path);
            long overflow = browser.asAPhone(() -> ((Number) browser.driver.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth")).longValue());
            if (overflow > 0) {
                // say what sticks out, so a failure on the suite's whole data can be mended without rerunning it
                Object widest = browser.asAPhone(() -> browser.driver.executeScript("""
                        const out = (e) => e.getBoundingClientRect().right > window.innerWidth;
                        const innermost = [...document.querySelectorAll('body *')]
                          .filter((e) => out(e) && ![...e.querySelectorAll('*')].some(out));
                        return innermost.map((e) => e.outerHTML.slice(0, 200)).join(' | ');"""));
                assertThat(overflow).as(path + ", wider than the screen: " + widest).isLessThanOrEqualTo(0);
            }
        }
        browser.open(minutebook.querySide() + "/meetings/" + NOV_2020 + "/minutes");
        Path phone = browser.asAPhone(() -> browser.screenshot("minutes-2020-11-18-phone"));
        assertThat(phone).exists();
    }

    @Test
    void axeFindsNoModerateSeriousOrCriticalViolationOnAnyPublicPageOnADeskOrAPhone() throws Exception {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        List<String> impacts = List.of("moderate", "serious", "critical");
        for (String path : publicPages()) {
            browser.open(minutebook.querySide() + path);
            violations.put(path + " at 1280 px", browser.accessibilityViolations(impacts));
            violations.put(path + " at " + Browser.PHONE_WIDTH + " px", browser.asAPhone(() -> {
                try {
                    return browser.accessibilityViolations(impacts);
                } catch (java.io.IOException unreadable) {
                    throw new java.io.UncheckedIOException(unreadable);
                }
            }));
        }
        assertThat(violations).hasSize(publicPages().size() * 2).allSatisfy((path, found) ->
                assertThat(found).as(path).isEmpty());
    }

    @Test
    void theScreenshotsAreKeptAsPngFiles() throws Exception {
        Path shot = open("/", "home-again");

        byte[] png = Files.readAllBytes(shot);
        assertThat(png.length).isGreaterThan(10_000);
        assertThat(new String(png, 1, 3)).isEqualTo("PNG");
    }

    private static List<String> publicPages() {
        return List.of("/", "/committees/" + COMMITTEE, "/meetings/" + NOV_2020, "/meetings/" + NOV_2020 + "/minutes",
                "/decisions", "/decisions?q=Cabinet", "/declarations", "/members/bentley", "/search?q=report",
                "/search?q=Newton+Europe", "/meetings/" + exemptMeeting, "/committees/" + COMMITTEE
                        + "/calendar?month=2020-11", "/members/councillor-shah");
    }

    private static Path open(String path, String screenshot) throws Exception {
        browser.open(minutebook.querySide() + path);
        return browser.screenshot(screenshot);
    }

    /** The number of lines each cell's text takes, as the page's script counts them. */
    private static List<Long> lines(Object counted) {
        return ((List<?>) counted).stream().map(count -> ((Number) count).longValue()).toList();
    }

    /** A member's page's meetings: what the member was at each, by its day. */
    private static Map<String, String> attendanceByDay() {
        Map<String, String> byDay = new LinkedHashMap<>();
        browser.driver.findElements(By.cssSelector("section[aria-labelledby=meetings] tbody tr")).forEach(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            byDay.put(cells.get(0).getText(), cells.get(2).getText());
        });
        return byDay;
    }

    private static String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    private static long record(String path, String json) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + path, json);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isBetween(200, 201);
        return answer.json().get("version").asLong();
    }
}
