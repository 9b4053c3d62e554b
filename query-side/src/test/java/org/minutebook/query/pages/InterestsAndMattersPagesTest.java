package org.minutebook.query.pages;

import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.interests.RegisterCategory;
import org.minutebook.query.actions.ActionKind;
import org.minutebook.query.interests.RegisterAsItStood;
import org.minutebook.query.interests.StoredRegister;
import org.minutebook.events.published.OutsideMeeting;
import org.minutebook.events.published.Taken;
import org.minutebook.events.executive.DecisionMakerKind;
import org.minutebook.query.executive.ExecutiveDecisionAnswer;
import org.minutebook.query.matters.MatterPath;
import org.minutebook.query.recommendations.TrackedRecommendation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of the records kept between meetings: Councillor Taylor's register as it stood on 1 June 2022, its
 * sensitive interest withheld; and the review of home to school transport, its first-year report overdue.
 */
class InterestsAndMattersPagesTest {

    private static final Instant RECORDED = Instant.parse("2021-05-21T09:00:00Z");

    @Test
    void theRegisterShowsEachInterestAsItStoodAndOnlyThatASensitiveOneIsHeld() {
        RegisterAsItStood register = new RegisterAsItStood("interests.test-council.deborah-taylor", "Test Council",
                new Person("deborah-taylor", "Councillor Deborah Taylor"), 4, LocalDate.of(2022, 6, 1), null,
                List.of(new RegisterAsItStood.InterestRow("glenfield", RegisterCategory.EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION,
                                "Director and shareholder, Glenfield Homes Ltd", null, null, LocalDate.of(2021, 5, 20),
                                RECORDED, false, LocalDate.of(2022, 1, 10), "Took shares", null),
                        new RegisterAsItStood.InterestRow("security-firm", null, null, null, null, null, RECORDED, true,
                                null, null, "Sensitive interest: details withheld under section 32 of the Localism Act 2011")),
                List.of(new StoredRegister.Gift("dinner", "Dinner at the Chamber of Commerce awards", null,
                        new BigDecimal("85"), null, null, RECORDED, null)),
                List.of());

        String page = PageRendering.render("pages/register-of-interests", Map.of("register", register));

        assertThat(page).contains("<h1>Register of interests: Councillor Deborah Taylor</h1>")
                .contains("<td>Director and shareholder, Glenfield Homes Ltd</td>")
                .contains("<td>Employment office trade profession or vocation</td>")
                .contains("details withheld under section 32")
                .contains("<td>£85</td>")
                .contains("None held on that day.");
    }

    @Test
    void theMattersPageListsWhatIsOverdueFirstThenItsPathInOrder() {
        MatterPath.SentOn overdue = new MatterPath.SentOn("cfosc-2021-01-19", "item-5", "fr-5",
                ActionKind.FURTHER_REPORT, "The policy's first year", null, LocalDate.of(2021, 9, 21),
                MatterPath.Status.OVERDUE, null);
        MatterPath matter = new MatterPath("home-to-school-transport", "Test Council",
                "Review of Home to School Transport Policy", null, 3, LocalDate.of(2022, 1, 1), List.of(overdue),
                List.of(), List.of(new MatterPath.Item("cfosc-2021-01-19", "cfosc", "Children and Families Overview and Scrutiny"
                        + " Committee", LocalDate.of(2021, 1, 19), "item-5", "5",
                        "Revised Home to School Transport Policy", false, List.of(), List.of(overdue))),
                List.of(), List.of());

        String page = PageRendering.render("pages/matter", Map.of("matter", matter));

        assertThat(page).contains("<strong>Overdue</strong>")
                .contains("due at the meeting of <span>2021-09-21</span>")
                .contains("href=\"/meetings/cfosc-2021-01-19/minutes#item-5\"")
                .contains("<span>Revised Home to School Transport Policy</span>");
    }

    @Test
    void theMattersPageShowsAReportAndADecisionOutsideAMeetingThatNameIt() {
        TrackedRecommendation overdue = new TrackedRecommendation("transport-report", "The committee's report",
                LocalDate.of(2021, 2, 1), LocalDate.of(2021, 4, 1), "r1", "1", "Publish the routes each term.",
                TrackedRecommendation.Status.OVERDUE, true, null, null, null, null, null, null);
        OutsideMeeting award = new OutsideMeeting("transport-contract", "Test Council",
                "Award of the school transport contract", "home-to-school-transport", null,
                new Taken(DecisionMakerKind.OFFICER, new Person(null, "Jane Moore"), null, LocalDate.of(2021, 2, 10),
                        null, "To award the contract to County Coaches Ltd.", null, null, null, null, false, null),
                null, null, null, LocalDate.of(2021, 2, 10));
        MatterPath matter = new MatterPath("home-to-school-transport", "Test Council",
                "Review of Home to School Transport Policy", null, 3, LocalDate.of(2022, 1, 1), List.of(),
                List.of(overdue), List.of(new MatterPath.Report("transport-report", "cfosc", "The committee's report",
                        LocalDate.of(2021, 2, 1), LocalDate.of(2021, 4, 1), List.of(overdue)),
                new MatterPath.Decision("transport-contract", LocalDate.of(2021, 2, 10),
                        ExecutiveDecisionAnswer.Stage.IMPLEMENTABLE, award, null)), List.of(), List.of());

        String page = PageRendering.render("pages/matter", Map.of("matter", matter));

        assertThat(page).contains("the executive's response to recommendation <span>1</span>")
                .contains("<span>Publish the routes each term.</span> —\n")
                .contains("href=\"/executive-decisions/transport-contract\"")
                .contains("<span>To award the contract to County Coaches Ltd.</span>")
                .contains("<span>implementable</span>")
                .contains("may be implemented from <span>2021-02-10</span>");
    }
}
