package org.minutebook.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk records a whole published meeting through the console, from its minutes page alone: the agenda and the
 * minutes pasted, the rest typed only as the page writes it ({@link ClerkAtThePage} counts every action and refuses
 * a word the page does not give). The printable minutes then say what the page says, nothing more and nothing
 * twice. The page's committee is given a name of this run, so the meeting is one of its own.
 */
class RecordingAPageInTheConsoleIT {

    /** What a clerk may spend on the meeting of 18 November 2020 (13 items): a quarter of an hour's work. */
    private static final int ACTIONS_FOR_18_NOVEMBER_2020 = 1_000;
    private static final String CFOSC = "Children and Families Overview and Scrutiny Committee";
    private static final String ITEMS = "#item-forms";
    private static final String MEETING = "#meeting-forms";
    private static Minutebook minutebook;
    private static Browser browser;
    private static ClerksConsole console;

    @BeforeAll
    static void aClerkSitsDownAtTheConsole() throws Exception {
        minutebook = Minutebook.running();
        browser = Browser.shared();
        console = new ClerksConsole(browser);
    }


    @Test
    void theMeetingOf18November2020IsRecordedFromItsPageInAThousandActionsAndPrintedAsThePageReads() throws Exception {
        String committee = "Console " + UUID.randomUUID().toString().substring(0, 6) + " Overview and Scrutiny Committee";
        String page = Minutebook.seedPage("004_cfd6ab707287b23f").replace(CFOSC, committee);
        ClerkAtThePage clerk = new ClerkAtThePage(page, console);
        String meetingId = scheduled(clerk, committee, "date", "Wednesday, 18 November 2020", schedule -> { });
        // the items as the minutes number them: item 19 stands amid the PRESENT list, as the printed page sets it
        agendaPasted(clerk, 13, "19. Minutes", "31. Dates of Future Meetings");

        WebElement opening = clerk.open(MEETING, "/api/meetings/{meetingId}/opening");
        clerk.type(clerk.field(opening, "openedAt"), "9.30am");
        clerk.paste(clerk.field(opening, "chair.name"), "Mrs. H. J. Fryer CC");
        clerk.send(opening);
        // the PRESENT list in its two columns, the second after the number of item 19
        WebElement names = clerk.openPanel("names-paste").findElement(By.id("names-paste-text"));
        clerk.paste(names, "Mrs. H. J. Fryer CC (in the Chair)", "Mr T. Parton CC");
        clerk.click(browser.driver.findElement(By.cssSelector("#names-paste .actions button:not(.secondary)")));
        console.waiting().until(driver -> said("names-paste-said").startsWith("5 recorded present"));
        clerk.paste(names, "Mr. S. D. Sheahan CC", "Mrs. M. Wright CC");
        clerk.click(browser.driver.findElement(By.cssSelector("#names-paste .actions button:not(.secondary)")));
        console.waiting().until(driver -> said("names-paste-said").startsWith("3 recorded present"));

        previousMinutesConfirmed(clerk, "19", "1 September 2020");
        clerk.readFrom("\n20.\n");
        noQuestions(clerk, "item-20", "public", "The Chief Executive reported", "Standing Order\n35.");
        theUsualItems(clerk, 21);

        report(clerk, "26", "Director of Children and Family Services", "for children and families were achieved.",
                "c) That the Cabinet be advised of the comments made by the Committee.");
        report(clerk, "27", "Director of Children and Family Services", "success of its staff.", "That the report be noted.");
        report(clerk, "28", "Director of Children and Family Services", "More were now being encouraged to\ntake on this role.",
                "That the report be noted.");
        report(clerk, "29", "Director of Children and Family Services", "with the Service later in the month.",
                "That the report be noted.");
        report(clerk, "30", "Chief Executive and Director of Children and Family Services",
                "with on an individual basis.", "That the report be noted.");

        clerk.readFrom("\n31.\n");
        clerk.chooseItem("item-31");
        futureMeetings(clerk, "9 March 2021", "2 November 2021.");
        WebElement closing = clerk.open(MEETING, "/api/meetings/{meetingId}/closing");
        clerk.type(clerk.field(closing, "closedAt"), "12.12pm");
        clerk.paste(clerk.field(closing, "signatureRole"), "CHAIRMAN");
        clerk.send(closing);
        browser.screenshot("console-page-2020-11-18");

        System.out.println("The meeting of 18 November 2020 took " + clerk.actions() + " actions in the console");
        assertThat(clerk.actions()).as("keys, clicks and pastes for the meeting of 18 November 2020")
                .isLessThanOrEqualTo(ACTIONS_FOR_18_NOVEMBER_2020);
        new PrintedAsThePage(browser, minutebook.querySide(), meetingId, page)
                .saysWhatThePageSays(List.of("Draft minutes — subject to confirmation",
                        // the close the page prints as its sitting times, 9.30am – 12.12pm, in the service's words
                        "The meeting closed at 12.12pm."));
    }

    @Test
    void theMeetingOf2November2021IsRecordedFromItsAgendaAndMinutesPageAndPrintedAsThePageReads() throws Exception {
        String committee = "Console " + UUID.randomUUID().toString().substring(0, 6) + " Overview and Scrutiny Committee";
        String page = Minutebook.seedPage("002_badff10682084d70").replace(CFOSC, committee);
        ClerkAtThePage clerk = new ClerkAtThePage(page, console);
        String meetingId = scheduled(clerk, committee, "startsAt", "Tuesday, 2 November 2021 2.00 pm", schedule -> {
            clerk.click(schedule.findElement(By.cssSelector("[data-add='contacts']")));
            clerk.paste(clerk.field(schedule, "contacts[0].name"), "Gemma Duckworth");
            clerk.paste(clerk.field(schedule, "contacts[0].phone"), "0116 3052583");
            clerk.paste(clerk.field(schedule, "contacts[0].email"), "gemma.duckworth@leics.gov.uk");
        });
        // ModernGov's "Agenda and minutes": each item's title followed by its documents ("pdf icon PDF 243 KB")
        agendaPasted(clerk, 15, "28. Minutes", "42. Date of next meeting");
        // held, though the page says neither when it opened nor who chaired
        clerk.send(clerk.open(MEETING, "/api/meetings/{meetingId}/opening"));

        previousMinutesConfirmed(clerk, "28", "7 September 2021");
        clerk.readFrom("\n29.\n");
        clerk.chooseItem("item-29");
        WebElement asked = clerk.open(ITEMS, "/api/meetings/{meetingId}/items/{itemId}/questions");
        clerk.choose(clerk.field(asked, "kind"), "public");
        clerk.paste(clerk.field(asked, "askedBy.name"), "Mrs Sue Whiting");
        clerk.paste(clerk.field(asked, "askedOf"), "the Chairman of the " + committee);
        clerk.paste(clerk.field(asked, "text"), "Could the Chair please explain", "is relevant?");
        clerk.paste(clerk.field(asked, "standingOrder"), "34");
        clerk.send(asked);
        WebElement answered = clerk.open(ITEMS, "/api/meetings/{meetingId}/questions/{questionId}/answer");
        clerk.chooseFirst(clerk.field(answered, "{questionId}"));
        clerk.paste(clerk.field(answered, "answeredBy.name"), "Mrs H Fryer CC");
        clerk.paste(clerk.field(answered, "text"), "Panels to support decision making", "Group is relevant.");
        clerk.send(answered);
        WebElement supplementary = clerk.open(ITEMS, "/api/meetings/{meetingId}/questions/{questionId}/supplementary");
        clerk.chooseFirst(clerk.field(supplementary, "{questionId}"));
        clerk.paste(clerk.field(supplementary, "text"), "Mrs Whiting asked a supplementary question", "at least seven people?");
        clerk.send(supplementary);
        WebElement promised = clerk.open(ITEMS, "/api/meetings/{meetingId}/questions/{questionId}/written-reply-promise");
        clerk.chooseFirst(clerk.field(promised, "{questionId}"));
        clerk.tick(clerk.field(promised, "toSupplementary"));
        clerk.paste(clerk.field(promised, "promisedBy.role"), "the Director of Children and Family Services");
        clerk.send(promised);
        // the minute in the page's words, which the printed minutes then give rather than the question's own lines
        minute(clerk, "The following question, received under Standing Order 34", "after the meeting.");
        theUsualItems(clerk, 30);

        String director = "Director of Children and Family Services";
        report(clerk, "35", "Chief Executive", 27, "consistent decision making.", "Council’s draft Strategic Plan 2022-26.");
        report(clerk, "36", director, 27, "fully engaged with the work.", "That the update be noted.");
        report(clerk, "37", director, 27, "when any data became available.", "Covid-19 became available.");
        report(clerk, "38", "Chief Executive and " + director, 27, "at the earliest opportunity.", "child protection plans");
        report(clerk, "39", director, 27, "as well as the service.", "That the report be noted.");
        report(clerk, "40", director, 27, "to the Committee at a future meeting.", "a future meeting of the Committee.");
        report(clerk, "41", director, 27, "from the County Council.", "That the report be noted.");

        clerk.readFrom("\n42.\n");
        clerk.chooseItem("item-42");
        WebElement agendaText = clerk.open(ITEMS, "/api/meetings/{meetingId}/agenda/items/{itemId}");
        clerk.paste(clerk.field(agendaText, "agendaText"), "Future meetings of the", "8 November 2022.");
        clerk.send(agendaText);
        clerk.readFrom("Minutes:");
        futureMeetings(clerk, "8 March 2022", "8 November 2022.");
        clerk.send(clerk.open(MEETING, "/api/meetings/{meetingId}/closing"));
        browser.screenshot("console-page-2021-11-02");
        System.out.println("The meeting of 2 November 2021 took " + clerk.actions() + " actions in the console");

        // what ModernGov's page adds around the minutes: its labels and the documents' links
        String minutes = page.replaceAll("(?m)^(Minutes|Additional documents):\\s*$", "")
                .replaceAll(" pdf icon PDF \\d+ KB", "");
        new PrintedAsThePage(browser, minutebook.querySide(), meetingId, minutes)
                .saysWhatThePageSays(List.of("Draft minutes — subject to confirmation",
                        // the page's heading and signature block are the site's: the minutes print their own
                        "Minutes of a meeting of the " + committee + " held at County Hall, Glenfield on Tuesday, 2 November 2021.",
                        "CHAIRMAN"), minutes.indexOf("\n28.\n"));
    }

    /** Signed in, the committee registered and the meeting scheduled as the page heads them; answers its id. */
    private static String scheduled(ClerkAtThePage clerk, String committee, String dayField, String day,
                                    Consumer<WebElement> more) {
        clerk.signIn(minutebook.querySide(), Users.CLERK);
        WebElement register = clerk.open("#top-forms", "/api/committees");
        clerk.paste(clerk.field(register, "name"), committee);
        clerk.choose(clerk.field(register, "kind"), "overview and scrutiny committee");
        clerk.send(register);
        WebElement schedule = clerk.open("#committee-forms", "/api/meetings");
        clerk.paste(clerk.field(schedule, "title"), committee);
        clerk.paste(clerk.field(schedule, dayField), day);
        clerk.paste(clerk.field(schedule, "venue"), "County Hall, Glenfield");
        more.accept(schedule);
        clerk.send(schedule);
        console.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("workspace")));
        return new Select(browser.driver.findElement(By.id("meeting"))).getFirstSelectedOption().getAttribute("value");
    }

    /** The whole page pasted as the agenda: the items recognised checked, then added. */
    private static void agendaPasted(ClerkAtThePage clerk, int items, String first, String last) {
        clerk.openPanel("agenda-paste");
        clerk.pasteThePage(browser.driver.findElement(By.id("agenda-paste-text")));
        clerk.click(browser.driver.findElement(By.cssSelector("#agenda-paste .actions button.secondary")));
        assertThat(texts("#agenda-paste-found li")).hasSize(items).startsWith(first).endsWith(last);
        clerk.click(browser.driver.findElement(By.cssSelector("#agenda-paste .actions button:not(.secondary)")));
        console.waiting().until(driver -> said("agenda-paste-said").startsWith(items + " items added"));
    }

    /** "The minutes of the meeting held on … were taken as read, confirmed and signed." */
    private static void previousMinutesConfirmed(ClerkAtThePage clerk, String number, String day) {
        clerk.readFrom("\n" + number + ".\n");
        WebElement confirmed = clerk.open(MEETING, "/api/meetings/{meetingId}/previous-minutes");
        clerk.choose(clerk.field(confirmed, "itemId"), number + " Minutes");
        clerk.paste(clerk.field(confirmed, "confirmedMeetingDate"), day);
        clerk.tick(clerk.field(confirmed, "takenAsRead"));
        clerk.tick(clerk.field(confirmed, "signed"));
        clerk.send(confirmed);
    }

    /**
     * The five items a Leicestershire committee takes each time, from the number given: members' questions, urgent
     * items, declarations of interest and of the party whip, petitions — none of each.
     */
    private static void theUsualItems(ClerkAtThePage clerk, int first) {
        clerk.readFrom("\n" + first + ".\n");
        noQuestions(clerk, "item-" + first, "member", "The Chief Executive reported", "7(3) and 7(5).");
        clerk.readFrom("\n" + (first + 1) + ".\n");
        clerk.chooseItem("item-" + (first + 1));
        WebElement urgent = clerk.open(ITEMS, "/api/meetings/{meetingId}/items/{itemId}/no-urgent-items");
        clerk.paste(clerk.field(urgent, "text"), "There were no urgent items for consideration.");
        clerk.send(urgent);
        clerk.readFrom("\n" + (first + 2) + ".\n");
        WebElement noInterests = clerk.open("#declaration-forms", "/api/meetings/{meetingId}/declarations/no-interests");
        clerk.choose(clerk.field(noInterests, "itemId"), (first + 2) + " Declarations of interest");
        clerk.send(noInterests);
        clerk.chooseItem("item-" + (first + 2));
        minute(clerk, "The Chairman invited", "No declarations were made.");
        clerk.readFrom("\n" + (first + 3) + ".\n");
        WebElement noWhip = clerk.open("#declaration-forms", "/api/meetings/{meetingId}/declarations/no-party-whip");
        clerk.choose(clerk.field(noWhip, "itemId"),
                (first + 3) + " Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16");
        clerk.send(noWhip);
        clerk.readFrom("\n" + (first + 4) + ".\n");
        clerk.chooseItem("item-" + (first + 4));
        WebElement noPetitions = clerk.open(ITEMS, "/api/meetings/{meetingId}/items/{itemId}/no-petitions");
        clerk.paste(clerk.field(noPetitions, "text"), "The Chief Executive reported", "Standing Order 36.");
        clerk.send(noPetitions);
    }

    /** The dates of future meetings: the decision noting them pasted, then the dates it lists. */
    private static void futureMeetings(ClerkAtThePage clerk, String firstDate, String lastDate) {
        resolution(clerk, "following dates:");
        WebElement dates = clerk.open(ITEMS, "/api/meetings/{meetingId}/items/{itemId}/future-meeting-dates");
        clerk.paste(clerk.field(dates, "dates"), firstDate, lastDate);
        clerk.send(dates);
    }

    private static void noQuestions(ClerkAtThePage clerk, String itemId, String kind, String first, String last) {
        clerk.chooseItem(itemId);
        WebElement none = clerk.open(ITEMS, "/api/meetings/{meetingId}/items/{itemId}/no-questions");
        clerk.choose(clerk.field(none, "kind"), kind);
        clerk.paste(clerk.field(none, "text"), first, last);
        clerk.send(none);
    }

    /** An item on a report: its minute and its decision pasted, the report's author and reference picked from them. */
    private static void report(ClerkAtThePage clerk, String number, String by, String minuteEnds, String decisionEnds) {
        report(clerk, number, by, 18, minuteEnds, decisionEnds);
    }

    /** As above, the report marked "Agenda Item" its item's number less {@code before} (the items before the reports). */
    private static void report(ClerkAtThePage clerk, String number, String by, int before, String minuteEnds,
                               String decisionEnds) {
        clerk.readFrom("\n" + number + ".\n");
        clerk.chooseItem("item-" + number);
        minute(clerk, "The Committee considered", minuteEnds);
        WebElement report = clerk.open(ITEMS, "/api/meetings/{meetingId}/items/{itemId}/reports");
        clerk.paste(clerk.field(report, "submittedBy"), by);
        clerk.paste(clerk.field(report, "reference"), "Agenda Item " + (Integer.parseInt(number) - before));
        clerk.send(report);
        resolution(clerk, decisionEnds);
    }

    private static void minute(ClerkAtThePage clerk, String first, String last) {
        WebElement minute = clerk.open(ITEMS, "/api/meetings/{meetingId}/items/{itemId}/minute");
        clerk.paste(clerk.field(minute, "blocks"), first, last);
        clerk.send(minute);
    }

    /** The item's decision, pasted from its "RESOLVED:" through its last words. */
    private static void resolution(ClerkAtThePage clerk, String last) {
        WebElement resolution = clerk.open(ITEMS, "/api/meetings/{meetingId}/items/{itemId}/resolutions");
        clerk.paste(resolution.findElement(By.cssSelector("textarea[id$='parts-paste']")), "RESOLVED:", last);
        clerk.send(resolution);
    }

    private static List<String> texts(String selector) {
        List<String> texts = new ArrayList<>();
        browser.driver.findElements(By.cssSelector(selector)).forEach(element -> texts.add(element.getText()));
        return texts;
    }

    private static String said(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }
}
