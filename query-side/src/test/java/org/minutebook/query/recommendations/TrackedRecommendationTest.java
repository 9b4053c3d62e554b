package org.minutebook.query.recommendations;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.recommendations.Recommendation;
import org.minutebook.events.recommendations.RecommendationProgressCorrected;
import org.minutebook.events.recommendations.RecommendationProgressReported;
import org.minutebook.events.recommendations.RecommendationResponded;
import org.minutebook.events.recommendations.RecommendationResponseCorrected;
import org.minutebook.events.recommendations.Response;
import org.minutebook.events.recommendations.ScrutinyReportReceived;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Housing Scrutiny Commission's review of temporary accommodation, received on 31 December 2026 with three
 * recommendations, the response due on 28 February 2027: the tracker, given the report's events, on a day.
 */
class TrackedRecommendationTest {

    private static final String REPORT = "ta-review";
    private static final LocalDate DUE = LocalDate.of(2027, 2, 28);
    private static final Instant RECORDED = Instant.parse("2027-01-04T10:00:00Z");

    private static ScrutinyReportRecord tracked(Object... events) {
        ScrutinyReportRecord report = null;
        long sequence = 0;
        for (Object event : events) {
            // each event recorded a day after the one before it
            report = ScrutinyReportRecord.after(report, (org.minutebook.events.recommendations.RecommendationEvent)
                    event, sequence, RECORDED.plus(Duration.ofDays(sequence++)));
        }
        return report;
    }

    private static final ScrutinyReportReceived RECEIVED = new ScrutinyReportReceived(REPORT, "Leicester City Council",
            "housing-scrutiny-commission", "Temporary accommodation review", LocalDate.of(2026, 12, 31), DUE,
            "Cabinet", null, List.of(new Recommendation("r1", "1", "Publish the numbers monthly."),
            new Recommendation("r2", "2", "End bed and breakfast for families."),
            new Recommendation("r3", "3", "Fund two tenancy support officers.")));

    @Test
    @DisplayName("On 28 February nothing is overdue; on 1 March a recommendation with no response is")
    void overdueTheDayAfterItWasDue() {
        ScrutinyReportRecord report = tracked(RECEIVED);

        assertThat(TrackedRecommendation.on(DUE, report, report.recommendations().get(1)).status())
                .isEqualTo(TrackedRecommendation.Status.AWAITING_RESPONSE);
        TrackedRecommendation dayAfter = TrackedRecommendation.on(DUE.plusDays(1), report,
                report.recommendations().get(1));
        assertThat(dayAfter.status()).isEqualTo(TrackedRecommendation.Status.OVERDUE);
        assertThat(dayAfter.overdue()).isTrue();
    }

    @Test
    @DisplayName("A response given late is never overdue again, but is shown as late; progress implemented in full")
    void respondedAndImplemented() {
        ScrutinyReportRecord report = tracked(RECEIVED,
                new RecommendationResponded(REPORT, "r1", Response.ACCEPTED, null, LocalDate.of(2027, 3, 3), null),
                new RecommendationResponded(REPORT, "r3", Response.REJECTED, "No budget.", DUE, "Cabinet"),
                new RecommendationProgressReported(REPORT, "r1", LocalDate.of(2027, 5, 1), "Published monthly.", true));

        LocalDate june = LocalDate.of(2027, 6, 1);
        TrackedRecommendation first = TrackedRecommendation.on(june, report, report.recommendations().get(0));
        TrackedRecommendation third = TrackedRecommendation.on(june, report, report.recommendations().get(2));
        assertThat(first.status()).isEqualTo(TrackedRecommendation.Status.IMPLEMENTED);
        assertThat(first.respondedLate()).isTrue();
        assertThat(first.overdue()).isFalse();
        assertThat(first.lastProgress()).isEqualTo("Published monthly.");
        assertThat(third.status()).isEqualTo(TrackedRecommendation.Status.REJECTED);
        assertThat(third.respondedLate()).isFalse();
        assertThat(report.version()).isEqualTo(3);
    }

    @Test
    @DisplayName("Recorded as accepted, corrected to partly accepted: read now as corrected, before it as accepted")
    void aCorrectedResponseAndTheReportAsItStoodBefore() {
        ScrutinyReportRecord report = tracked(RECEIVED,
                new RecommendationResponded(REPORT, "r1", Response.ACCEPTED, null, DUE, "Cabinet"),
                new RecommendationResponseCorrected(REPORT, "r1", new RecommendationResponded(REPORT, "r1",
                        Response.PARTLY_ACCEPTED, "Quarterly, not monthly.", DUE, "Cabinet"), "As the minutes read",
                        new Person(null, "Anita Clarke")));

        ScrutinyReportRecord.Tracked now = report.recommendations().get(0);
        ScrutinyReportRecord.Tracked before = report.asOf(RECORDED.plus(Duration.ofDays(1))).orElseThrow()
                .recommendations().get(0);
        ScrutinyReportRecord.Tracked received = report.asOf(RECORDED).orElseThrow().recommendations().get(0);
        assertThat(TrackedRecommendation.on(DUE, report, now).status())
                .isEqualTo(TrackedRecommendation.Status.PARTLY_ACCEPTED);
        assertThat(now.corrected().reason()).isEqualTo("As the minutes read");
        assertThat(before.response()).isEqualTo(Response.ACCEPTED);
        assertThat(before.corrected()).isNull();
        assertThat(received.response()).isNull();
        assertThat(report.asOf(RECORDED.minusSeconds(1))).as("before it was received").isEmpty();
    }

    @Test
    @DisplayName("Progress corrected twice reads, between the two corrections, as the first correction had it, "
            + "with that correction's note")
    void progressCorrectedTwiceAsItStoodBetweenTheCorrections() {
        RecommendationProgressReported reported = new RecommendationProgressReported(REPORT, "r1",
                LocalDate.of(2027, 5, 1), "Published monthly.", true);
        ScrutinyReportRecord report = tracked(RECEIVED,
                new RecommendationResponded(REPORT, "r1", Response.ACCEPTED, null, DUE, "Cabinet"), reported,
                new RecommendationProgressCorrected(REPORT, "r1", 1, new RecommendationProgressReported(REPORT, "r1",
                        LocalDate.of(2027, 5, 1), "Published quarterly.", false), "Quarterly, as the minutes read",
                        new Person(null, "Anita Clarke")),
                new RecommendationProgressCorrected(REPORT, "r1", 1, new RecommendationProgressReported(REPORT, "r1",
                        LocalDate.of(2027, 5, 2), "Published quarterly.", false), "Reported on the 2nd",
                        new Person(null, "Anita Clarke")));

        ScrutinyReportRecord.Progress now = report.recommendations().get(0).progress().get(0);
        ScrutinyReportRecord.Progress between = report.asOf(RECORDED.plus(Duration.ofDays(3))).orElseThrow()
                .recommendations().get(0).progress().get(0);
        ScrutinyReportRecord.Progress asReported = report.asOf(RECORDED.plus(Duration.ofDays(2))).orElseThrow()
                .recommendations().get(0).progress().get(0);
        assertThat(now.corrected().reason()).isEqualTo("Reported on the 2nd");
        assertThat(between.progress()).isEqualTo("Published quarterly.");
        assertThat(between.reportedOn()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(between.corrected().reason()).isEqualTo("Quarterly, as the minutes read");
        assertThat(between.before()).extracting(ScrutinyReportRecord.Reported::progress)
                .containsExactly("Published monthly.");
        assertThat(asReported.progress()).isEqualTo("Published monthly.");
        assertThat(asReported.corrected()).isNull();
        assertThat(asReported.before()).isEmpty();
    }
}
