package org.minutebook.query.recommendations;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.recommendations.Recommendation;
import org.minutebook.events.recommendations.RecommendationEvent;
import org.minutebook.events.recommendations.RecommendationProgressCorrected;
import org.minutebook.events.recommendations.RecommendationProgressReported;
import org.minutebook.events.recommendations.RecommendationResponded;
import org.minutebook.events.recommendations.Response;
import org.minutebook.events.recommendations.ScrutinyReportCorrected;
import org.minutebook.events.recommendations.ScrutinyReportReceived;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The temporary accommodation review, recorded on 4 January 2027 as received on 31 December and corrected on
 * 7 January to the 15th, its first recommendation reworded; its April update corrected on 9 January: read now, and as
 * it stood before each correction.
 */
class ScrutinyReportCorrectedTest {

    private static final String REPORT = "ta-review";
    private static final Instant RECORDED = Instant.parse("2027-01-04T10:00:00Z");
    private static final Person OFFICER = new Person(null, "Anita Clarke");

    private static ScrutinyReportReceived received(LocalDate on, LocalDate due, String firstWords) {
        return new ScrutinyReportReceived(REPORT, "Leicester City Council", "housing-scrutiny-commission",
                "Temporary accommodation review", on, due, "Cabinet", null, List.of(
                new Recommendation("r1", "1", firstWords), new Recommendation("r2", "2", "End bed and breakfast.")));
    }

    private static final RecommendationProgressReported APRIL = new RecommendationProgressReported(REPORT, "r1",
            LocalDate.of(2027, 4, 1), "Monthly figures published.", true);

    /** Each event recorded a day after the one before it, from 4 January. */
    private final ScrutinyReportRecord report = tracked(
            received(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 28), "Publish the numbers monthly."),
            new RecommendationResponded(REPORT, "r1", Response.ACCEPTED, null, LocalDate.of(2027, 1, 2), null),
            APRIL,
            new ScrutinyReportCorrected(REPORT, received(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 2, 15),
                    "Publish the numbers weekly."), "Received on the 15th", OFFICER),
            new RecommendationProgressCorrected(REPORT, "r1", 1, new RecommendationProgressReported(REPORT, "r1",
                    LocalDate.of(2027, 4, 1), "March's figures published.", false), "Only March's", OFFICER));

    @Test
    @DisplayName("Read now: received on the 15th, due on 15 February, reworded, its response and update kept")
    void readNow() {
        assertThat(report.receivedOn()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(report.responseDue()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(report.recommendations().get(0).text()).isEqualTo("Publish the numbers weekly.");
        assertThat(report.recommendations().get(0).response()).isEqualTo(Response.ACCEPTED);
        assertThat(report.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.reason()).isEqualTo("Received on the 15th");
            assertThat(correction.before().receivedOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        });
        assertThat(report.recommendations().get(0).progress()).singleElement().satisfies(update -> {
            assertThat(update.implemented()).isFalse();
            assertThat(update.before()).singleElement().satisfies(was -> assertThat(was.implemented()).isTrue());
        });
    }

    @Test
    @DisplayName("As it stood on 6 January: received on 31 December, due on 28 February, worded as recorded")
    void asItStoodBeforeTheReportsCorrection() {
        ScrutinyReportRecord then = report.asOf(RECORDED.plus(Duration.ofDays(2))).orElseThrow();
        assertThat(then.receivedOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(then.responseDue()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(then.recommendations().get(0).text()).isEqualTo("Publish the numbers monthly.");
        assertThat(then.corrections()).isEmpty();
        assertThat(then.recommendations().get(0).progress()).singleElement()
                .satisfies(update -> assertThat(update.implemented()).isTrue());
    }

    @Test
    @DisplayName("As it stood on 7 January: the report corrected, its update not yet")
    void asItStoodBeforeTheUpdatesCorrection() {
        ScrutinyReportRecord then = report.asOf(RECORDED.plus(Duration.ofDays(3))).orElseThrow();
        assertThat(then.receivedOn()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(then.recommendations().get(0).progress()).singleElement()
                .satisfies(update -> assertThat(update.progress()).isEqualTo("Monthly figures published."));
    }

    private static ScrutinyReportRecord tracked(RecommendationEvent... events) {
        ScrutinyReportRecord report = null;
        long sequence = 0;
        for (RecommendationEvent event : events) {
            report = ScrutinyReportRecord.after(report, event, sequence, RECORDED.plus(Duration.ofDays(sequence++)));
        }
        return report;
    }
}
