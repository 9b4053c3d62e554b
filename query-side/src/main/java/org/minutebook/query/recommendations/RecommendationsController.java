package org.minutebook.query.recommendations;

import org.minutebook.query.platform.AnswersRows;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Scrutiny reports to the executive, and each committee's recommendations tracker. */
@RestController
class RecommendationsController {

    private final ScrutinyReports reports;
    private final Clock clock = Clock.systemDefaultZone();

    RecommendationsController(ScrutinyReports reports) {
        this.reports = reports;
    }

    /**
     * The report as it stands, or as it stood at an instant of recording ({@code asOf}); described as a row, so a
     * recommendation not yet answered (its response null) fits the document.
     */
    @GetMapping("/api/scrutiny-reports/{reportId}")
    @AnswersRows(ScrutinyReportRecord.class)
    ScrutinyReportRecord report(@PathVariable String reportId, @RequestParam(required = false)
                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        return reports.one(reportId, asOf);
    }

    /** The committee's recommendations as they stand on a day (today unless another is asked for). */
    @GetMapping("/api/committees/{committeeId}/recommendations")
    List<TrackedRecommendation> tracker(@PathVariable String committeeId, @RequestParam(required = false)
                                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return reports.tracker(committeeId, on != null ? on : LocalDate.now(clock));
    }
}
