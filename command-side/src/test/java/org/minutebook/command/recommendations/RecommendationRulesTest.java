package org.minutebook.command.recommendations;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.committees.Quorum;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.events.Person;
import org.minutebook.events.recommendations.Recommendation;
import org.minutebook.events.recommendations.RecommendationProgressReported;
import org.minutebook.events.recommendations.RecommendationResponded;
import org.minutebook.events.recommendations.RecommendationResponseCorrected;
import org.minutebook.events.recommendations.Response;
import org.minutebook.events.recommendations.ScrutinyReportReceived;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The Housing Scrutiny Commission's report on temporary accommodation, received by the City Mayor's Executive on
 * 31 December 2026 with three recommendations: the response is due by 28 February 2027.
 */
class RecommendationRulesTest {

    static final String REPORT = "temporary-accommodation-review";
    static final String HOUSING = "housing-scrutiny-commission";
    static final String OVERVIEW = "overview-select-committee";
    private static final String COUNCIL = "Leicester City Council";
    static final LocalDate RECEIVED = LocalDate.of(2026, 12, 31);
    static final Person SCRUTINY_OFFICER = new Person(null, "Anita Clarke", "Scrutiny Policy Officer");
    static final List<ReceiveScrutinyReport.Recommended> RECOMMENDED = List.of(
            new ReceiveScrutinyReport.Recommended("r1", "1", "Publish the numbers in temporary accommodation monthly."),
            new ReceiveScrutinyReport.Recommended("r2", "2", "End the use of bed and breakfast for families."),
            new ReceiveScrutinyReport.Recommended("r3", "3", "Fund two more tenancy support officers."));

    private FixtureConfiguration<ScrutinyReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = reportFixture();
    }

    /** A report's fixture: every council served, the Housing Scrutiny Commission and the Overview Select Committee. */
    static FixtureConfiguration<ScrutinyReport> reportFixture() {
        FixtureConfiguration<ScrutinyReport> fixture = new AggregateTestFixture<>(ScrutinyReport.class);
        fixture.registerInjectableResource(CouncilScope.NOT_CHECKED);
        fixture.registerInjectableResource(new OneCommittee());
        return fixture;
    }

    static ScrutinyReportReceived received() {
        return new ScrutinyReportReceived(REPORT, COUNCIL, HOUSING, "Temporary accommodation review", RECEIVED,
                LocalDate.of(2027, 2, 28), "City Mayor's Executive", null, RECOMMENDED.stream()
                .map(recommended -> new Recommendation(recommended.recommendationId(), recommended.number(),
                        recommended.text())).toList());
    }

    static RecommendationResponded accepted() {
        return new RecommendationResponded(REPORT, "r1", Response.ACCEPTED, null, LocalDate.of(2027, 2, 10),
                "City Mayor's Executive");
    }

    @Test
    @DisplayName("Received on 31 December, the response is due two months on: 28 February, the month's last day")
    void receiveReport() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveScrutinyReport(REPORT, HOUSING, "Temporary accommodation review", RECEIVED,
                        "City Mayor's Executive", null, RECOMMENDED))
                .expectEvents(received());
    }

    @Test
    void respond() {
        fixture.given(received())
                .when(new RespondToRecommendation(REPORT, "r1", Response.ACCEPTED, null, LocalDate.of(2027, 2, 10),
                        "City Mayor's Executive", null))
                .expectEvents(accepted());
    }

    @Test
    void reportProgress() {
        fixture.given(received(), accepted())
                .when(new ReportProgress(REPORT, "r1", LocalDate.of(2027, 4, 1), "First monthly figures published.",
                        true, null))
                .expectEvents(new RecommendationProgressReported(REPORT, "r1", LocalDate.of(2027, 4, 1),
                        "First monthly figures published.", true));
    }

    // --- the rules, one story each

    @Test
    void reportAlreadyReceived() {
        fixture.given(received())
                .when(new ReceiveScrutinyReport(REPORT, HOUSING, "Temporary accommodation review",
                        RECEIVED.plusDays(1), null, null, RECOMMENDED))
                .expectException(BrokenRule.conflict("report-already-received"));
    }

    @Test
    void reportOfUnknownCommittee() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveScrutinyReport(REPORT, "no-such-committee", "A review", RECEIVED, null, null,
                        RECOMMENDED))
                .expectException(BrokenRule.conflict("report-of-unknown-committee").at("committeeId"));
    }

    @Test
    void recommendationRepeated() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveScrutinyReport(REPORT, HOUSING, "A review", RECEIVED, null, null,
                        List.of(RECOMMENDED.get(0), RECOMMENDED.get(0))))
                .expectException(BrokenRule.invalid("recommendation-repeated").at("recommendations"));
    }

    @Test
    void noSuchRecommendation() {
        fixture.given(received())
                .when(new RespondToRecommendation(REPORT, "r9", Response.REJECTED, null, RECEIVED, null, null))
                .expectException(BrokenRule.conflict("no-such-recommendation").at("recommendationId"));
    }

    @Test
    void alreadyResponded() {
        fixture.given(received(), accepted())
                .when(new RespondToRecommendation(REPORT, "r1", Response.REJECTED, null, RECEIVED, null, null))
                .expectException(BrokenRule.conflict("already-responded").at("recommendationId"));
    }

    @Test
    void datedBeforeReceipt() {
        fixture.given(received())
                .when(new RespondToRecommendation(REPORT, "r2", Response.REJECTED, null, RECEIVED.minusDays(1), null,
                        null))
                .expectException(BrokenRule.invalid("dated-before-receipt").at("respondedOn"));
    }

    @Test
    void progressBeforeResponse() {
        fixture.given(received())
                .when(new ReportProgress(REPORT, "r2", LocalDate.of(2027, 4, 1), "Under way.", null, null))
                .expectException(BrokenRule.conflict("progress-before-response").at("recommendationId"));
    }

    @Test
    void progressOnRejected() {
        fixture.given(received(), new RecommendationResponded(REPORT, "r3", Response.REJECTED, "No budget this year.",
                        LocalDate.of(2027, 2, 10), null))
                .when(new ReportProgress(REPORT, "r3", LocalDate.of(2027, 4, 1), "Not funded.", null, null))
                .expectException(BrokenRule.conflict("progress-on-rejected").at("recommendationId"));
    }

    @Test
    @DisplayName("Recorded as accepted, the Executive accepted it in part: corrected, saying why and by whom")
    void correctResponse() {
        fixture.given(received(), accepted())
                .when(partly(LocalDate.of(2027, 2, 10)))
                .expectEvents(new RecommendationResponseCorrected(REPORT, "r1", new RecommendationResponded(REPORT,
                        "r1", Response.PARTLY_ACCEPTED, "Quarterly, not monthly.", LocalDate.of(2027, 2, 10),
                        "City Mayor's Executive"), "As the Executive's minutes read", SCRUTINY_OFFICER));
    }

    @Test
    void noResponseToCorrect() {
        fixture.given(received())
                .when(partly(LocalDate.of(2027, 2, 10)))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("no-response-to-correct").at("recommendationId"));
    }

    @Test
    void responseCorrectionChangesNothing() {
        fixture.given(received(), accepted())
                .when(new CorrectResponse(REPORT, "r1", Response.ACCEPTED, null, LocalDate.of(2027, 2, 10),
                        "City Mayor's Executive", "As the minutes read", SCRUTINY_OFFICER, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("response-correction-changes-nothing").at("response"));
    }

    @Test
    void aCorrectedResponseIsNotDatedBeforeReceipt() {
        fixture.given(received(), accepted())
                .when(partly(LocalDate.of(2026, 12, 1)))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("dated-before-receipt").at("respondedOn"));
    }

    @Test
    @DisplayName("Its progress is reported: the response cannot be corrected to a rejection")
    void aRecommendationWithProgressIsNotCorrectedToRejected() {
        fixture.given(received(), accepted(), new RecommendationProgressReported(REPORT, "r1",
                        LocalDate.of(2027, 4, 1), "Under way.", null))
                .when(new CorrectResponse(REPORT, "r1", Response.REJECTED, null, LocalDate.of(2027, 2, 10),
                        "City Mayor's Executive", "Misread", SCRUTINY_OFFICER, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("progress-on-rejected").at("response"));
    }

    private static CorrectResponse partly(LocalDate respondedOn) {
        return new CorrectResponse(REPORT, "r1", Response.PARTLY_ACCEPTED, "Quarterly, not monthly.", respondedOn,
                "City Mayor's Executive", "As the Executive's minutes read", SCRUTINY_OFFICER, null);
    }

    /** The city's housing scrutiny commission, and no other committee. */
    static final class OneCommittee implements CommitteeRoster {

        @Override
        public boolean isMemberOn(String committeeId, String memberId, LocalDate date) {
            return false;
        }

        @Override
        public ZoneId timeZoneOf(String committeeId) {
            return HOUSING.equals(committeeId) ? ZoneId.of("Europe/London") : null;
        }

        @Override
        public Optional<Quorum> quorumOn(String committeeId, LocalDate date) {
            return Optional.empty();
        }

        @Override
        public Optional<String> councilOf(String committeeId) {
            return HOUSING.equals(committeeId) || OVERVIEW.equals(committeeId) ? Optional.of(COUNCIL)
                    : Optional.empty();
        }
    }
}
