package org.minutebook.command.recommendations;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.events.recommendations.Recommendation;
import org.minutebook.events.recommendations.ScrutinyReportCorrected;
import org.minutebook.events.recommendations.ScrutinyReportReceived;

import java.time.LocalDate;
import java.util.List;

import static org.minutebook.command.recommendations.RecommendationRulesTest.HOUSING;
import static org.minutebook.command.recommendations.RecommendationRulesTest.RECOMMENDED;
import static org.minutebook.command.recommendations.RecommendationRulesTest.REPORT;
import static org.minutebook.command.recommendations.RecommendationRulesTest.SCRUTINY_OFFICER;
import static org.minutebook.command.recommendations.RecommendationRulesTest.accepted;
import static org.minutebook.command.recommendations.RecommendationRulesTest.received;

/**
 * The temporary accommodation review, corrected: the executive received it on 15 December 2026, not the 31st, so its
 * response fell due on 15 February; and its first recommendation asked for the numbers weekly.
 */
class CorrectingAScrutinyReportTest {

    private static final LocalDate FIFTEENTH = LocalDate.of(2026, 12, 15);
    private static final String WHY = "As the Executive's agenda of 15 December reads";
    private static final List<ReceiveScrutinyReport.Recommended> WEEKLY = List.of(
            new ReceiveScrutinyReport.Recommended("r1", "1", "Publish the numbers in temporary accommodation weekly."),
            RECOMMENDED.get(1), RECOMMENDED.get(2));

    private FixtureConfiguration<ScrutinyReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = RecommendationRulesTest.reportFixture();
    }

    @Test
    @DisplayName("Received on the 15th, asking for weekly numbers: its response due moves to 15 February")
    void correctTheReport() {
        ScrutinyReportReceived was = received();
        fixture.given(was, accepted())
                .when(correction(HOUSING, FIFTEENTH, WEEKLY))
                .expectEvents(new ScrutinyReportCorrected(REPORT, new ScrutinyReportReceived(REPORT, was.council(),
                        HOUSING, was.title(), FIFTEENTH, LocalDate.of(2027, 2, 15), was.respondent(), null,
                        WEEKLY.stream().map(worded -> new Recommendation(worded.recommendationId(), worded.number(),
                                worded.text())).toList()), WHY, SCRUTINY_OFFICER));
    }

    // --- the rules, as the correction meets them

    @Test
    void aReportCorrectedToReadAsItDidChangesNothing() {
        fixture.given(received())
                .when(correction(HOUSING, received().receivedOn(), RECOMMENDED))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("report-correction-changes-nothing").at("corrected"));
    }

    @Test
    void aCorrectedReportIsOfARegisteredCommittee() {
        fixture.given(received())
                .when(correction("no-such-committee", FIFTEENTH, RECOMMENDED))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("report-of-unknown-committee").at("corrected.committeeId"));
    }

    @Test
    @DisplayName("The Housing Scrutiny Commission's report is not corrected into the Overview Select Committee's")
    void aCorrectedReportKeepsItsCommittee() {
        fixture.given(received())
                .when(correction(RecommendationRulesTest.OVERVIEW, FIFTEENTH, RECOMMENDED))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("report-keeps-its-committee").at("corrected.committeeId"));
    }

    @Test
    @DisplayName("A correction keeps the report's three recommendations: the third is not dropped")
    void aCorrectedReportKeepsItsRecommendations() {
        fixture.given(received())
                .when(correction(HOUSING, FIFTEENTH, WEEKLY.subList(0, 2)))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("report-keeps-its-recommendations")
                        .at("corrected.recommendations"));
    }

    @Test
    @DisplayName("Responded to on 10 February: the report is not corrected to a receipt after that")
    void aCorrectedReportIsReceivedBeforeItsResponses() {
        fixture.given(received(), accepted())
                .when(correction(HOUSING, LocalDate.of(2027, 2, 11), RECOMMENDED))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("dated-before-receipt").at("corrected.receivedOn"));
    }

    @Test
    void aCorrectedRecommendationIsListedOnce() {
        fixture.given(received())
                .when(correction(HOUSING, FIFTEENTH, List.of(WEEKLY.get(0), WEEKLY.get(0), WEEKLY.get(2))))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("recommendation-repeated").at("corrected.recommendations"));
    }

    private static CorrectScrutinyReport correction(String committeeId, LocalDate receivedOn,
                                                    List<ReceiveScrutinyReport.Recommended> recommended) {
        ScrutinyReportReceived was = received();
        return new CorrectScrutinyReport(REPORT, new ReceiveScrutinyReport(null, committeeId, was.title(), receivedOn,
                was.respondent(), null, recommended), WHY, SCRUTINY_OFFICER);
    }
}
