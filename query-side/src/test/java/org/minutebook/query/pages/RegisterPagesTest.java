package org.minutebook.query.pages;

import org.junit.jupiter.api.Test;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;
import org.minutebook.events.published.PublishedDecision.Outcome;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.query.committees.Committee;
import org.minutebook.query.decisions.DecisionRows;
import org.minutebook.query.meetings.MeetingRows;
import org.minutebook.query.minutes.MinuteSearch;
import org.minutebook.query.minutes.MinuteTextRow;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.MeetingRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.closed;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.resolved;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** The register pages as rendered from the register's rows: the decisions of 18 November 2020, and a search. */
class RegisterPagesTest {

    private static final MeetingRecord NOVEMBER_2020 = ofAMeeting().then(scheduled(), item("26", 1), opened(),
            resolved("26", "That the report be noted;", "That the Cabinet be advised."), closed()).record();
    private static final List<Committee> COMMITTEES = List.of(new Committee("leics-cfosc",
            "Children and Families Overview and Scrutiny Committee", null, null, List.of(), List.of(), 0, null, null));

    @Test
    void theDecisionRegisterShowsItem26sResolutionLinkedToTheMinutesWithALabelledSearchForm() {
        String page = PageRendering.render("pages/decisions", Map.of("decisions", firstPage(DecisionRows.of(NOVEMBER_2020)),
                "outcomes", Outcome.values(), "committees", COMMITTEES));

        assertThat(page).contains("<a href=\"/meetings/leics-cfosc-2020-11-18/minutes#item-26\">"
                        + "Children and Families Overview and Scrutiny Committee</a>")
                .contains("<span>26. Item 26</span>")
                .contains("<td>Resolved</td>")
                .contains("<span>a) That the report be noted; b) That the Cabinet be advised.</span>")
                .doesNotContain("decision-details")
                .contains("<td class=\"day\">Wednesday 18 November 2020</td>")
                .contains("<label for=\"q\">Words in the decision")
                .contains("<option value=\"leics-cfosc\">Children and Families Overview and Scrutiny Committee</option>")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void minutesConfirmedAtItem19AreSaidInTheRegisterWithTheDayOfTheMeetingTheyRecord() {
        MeetingRecord confirmed = ofAMeeting().then(scheduled(), item("19", 1), opened(),
                new PreviousMinutesConfirmed(MEETING, "item-19", null, LocalDate.of(2020, 9, 1), List.of(), true, true,
                        null, null, null)).record();

        String page = PageRendering.render("pages/decisions", Map.of("decisions", firstPage(DecisionRows.of(confirmed)),
                "outcomes", Outcome.values(), "committees", COMMITTEES));

        assertThat(page).containsSubsequence("<td>Minutes confirmed</td>",
                "<span>The minutes of the meeting held on 1 September 2020 were confirmed.</span>");
    }

    @Test
    void aKeyDecisionShowsItsDetailsAsModernGovsDecisionDetailsDo() {
        MeetingRecord allowances = ofAMeeting().then(scheduled(), item("26", 1), opened(),
                new ResolutionPassed(MEETING, "item-26", "res-26", ResolutionForm.RESOLVED, null,
                        List.of(new ResolutionPart(null, "That the fostering allowances be increased.")), null, null,
                        null, List.of(), List.of(), new StatutoryRecord("Cabinet", "To keep foster carers", null, null,
                        null, true, true, LocalDate.of(2020, 11, 25), LocalDate.of(2020, 11, 26)), null)).record();

        String page = PageRendering.render("pages/decisions", Map.of("decisions", firstPage(DecisionRows.of(allowances)),
                "outcomes", Outcome.values(), "committees", COMMITTEES));

        assertThat(page).containsSubsequence("<dl class=\"decision-details\">", "<dt>Decision maker</dt>",
                "<dd>Cabinet</dd>", "<dt>Is key decision?</dt>", "<dd>Yes</dd>", "<dt>Call-in deadline</dt>",
                "<dd>25 November 2020</dd>", "<dt>Effective from</dt>", "<dd>26 November 2020</dd>",
                "<dt>Reasons for the decision</dt>", "<dd>To keep foster carers</dd>", "</dl>");
    }

    @Test
    void aSearchListsTheMeetingsWhoseItemsHoldTheWordsAndTheDecisionsThatDo() {
        String page = PageRendering.render("pages/search", Map.of(
                "minutes", firstPage(List.of()),
                "meetings", firstPage(List.of(MeetingRows.of(NOVEMBER_2020))),
                "decisions", firstPage(DecisionRows.of(NOVEMBER_2020))));

        assertThat(page).contains("<a href=\"/meetings/leics-cfosc-2020-11-18\">Children and Families Overview and "
                + "Scrutiny Committee</a>").contains("Wednesday 18 November 2020, 9.30am").contains("(Held)")
                .contains("That the Cabinet be advised.")
                .contains("No minute holds those words.");
    }

    @Test
    void aMinuteFoundIsLinkedToItsItemWithTheWordsMarked() {
        MinuteTextRow minute = new MinuteTextRow("m:1", DecisionRows.of(NOVEMBER_2020).get(0).where(),
                "Newton Europe had reported.");
        String page = PageRendering.render("pages/search", Map.of(
                "minutes", firstPage(List.of(new MinuteSearch.Found(minute, 2, List.of(
                        new MinuteSearch.Piece("Newton Europe", true), new MinuteSearch.Piece(" had reported.", false))))),
                "meetings", firstPage(List.of()),
                "decisions", firstPage(List.of())));

        assertThat(page).contains("<mark>Newton Europe</mark> had reported.")
                .contains("href=\"/meetings/leics-cfosc-2020-11-18/minutes#item-26\"").contains("(2 times)");
    }

    @Test
    void aLongRegisterLinksToItsNextPage() {
        String page = PageRendering.render("pages/decisions", Map.of("decisions",
                new Paging.Page<>(DecisionRows.of(NOVEMBER_2020), 0, 1, 1), "outcomes", Outcome.values(),
                "committees", COMMITTEES));

        assertThat(page).contains("rel=\"next\"").contains("page=1").doesNotContain("rel=\"prev\"");
    }

    private static <T> Paging.Page<T> firstPage(List<T> rows) {
        return new Paging.Page<>(rows, 0, 50, null);
    }
}
