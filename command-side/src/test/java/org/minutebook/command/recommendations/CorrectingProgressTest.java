package org.minutebook.command.recommendations;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.events.recommendations.RecommendationProgressCorrected;
import org.minutebook.events.recommendations.RecommendationProgressReported;

import java.time.LocalDate;

import static org.minutebook.command.recommendations.RecommendationRulesTest.REPORT;
import static org.minutebook.command.recommendations.RecommendationRulesTest.SCRUTINY_OFFICER;
import static org.minutebook.command.recommendations.RecommendationRulesTest.accepted;
import static org.minutebook.command.recommendations.RecommendationRulesTest.received;

/**
 * The temporary accommodation review's first recommendation, its progress corrected: the update of 1 April 2027 said
 * the monthly figures were published; they were published only for March, so it is not yet implemented in full.
 */
class CorrectingProgressTest {

    private static final LocalDate APRIL = LocalDate.of(2027, 4, 1);
    private static final String WHY = "Only March's figures are published";

    private FixtureConfiguration<ScrutinyReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = RecommendationRulesTest.reportFixture();
    }

    private static RecommendationProgressReported published() {
        return new RecommendationProgressReported(REPORT, "r1", APRIL, "Monthly figures published.", true);
    }

    @Test
    @DisplayName("The April update said implemented; March's figures alone are published: it reads so, not implemented")
    void correctTheUpdate() {
        fixture.given(received(), accepted(), published())
                .when(correction("1", APRIL, false))
                .expectEvents(new RecommendationProgressCorrected(REPORT, "r1", 1, new RecommendationProgressReported(
                        REPORT, "r1", APRIL, "March's figures published.", false), WHY, SCRUTINY_OFFICER));
    }

    // --- the rules, as the correction meets them

    @Test
    void onlyAnUpdateReportedIsCorrected() {
        fixture.given(received(), accepted(), published())
                .when(correction("2", APRIL, false))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("no-progress-to-correct").at("update"));
    }

    @Test
    void anUpdateCorrectedToReadAsItDidChangesNothing() {
        fixture.given(received(), accepted(), published())
                .when(new CorrectProgress(REPORT, "r1", "1", new ReportProgress(null, null, APRIL,
                        published().progress(), true, null), WHY, SCRUTINY_OFFICER))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("progress-correction-changes-nothing").at("corrected"));
    }

    @Test
    @DisplayName("A corrected update is not dated before the report's receipt on 31 December 2026")
    void aCorrectedUpdateFollowsTheReport() {
        fixture.given(received(), accepted(), published())
                .when(correction("1", LocalDate.of(2026, 12, 1), false))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("dated-before-receipt").at("corrected.reportedOn"));
    }

    private static CorrectProgress correction(String update, LocalDate reportedOn, boolean implemented) {
        return new CorrectProgress(REPORT, "r1", update, new ReportProgress(null, null, reportedOn,
                "March's figures published.", implemented, null), WHY, SCRUTINY_OFFICER);
    }
}
