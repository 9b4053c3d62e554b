package org.minutebook.query.recommendations;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.minutebook.events.recommendations.RecommendationEvent;
import org.minutebook.query.platform.RebuildableReadModel;
import org.minutebook.query.record.RecordProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Owns {@code scrutiny_reports}: each report with its recommendations, responses and progress. A report remembers
 * the last event it holds, so an event delivered again changes nothing. Projected by the meeting records'
 * processor: one reading of the topic.
 */
@Component
@ProcessingGroup(RecordProjection.NAME)
class ScrutinyReportsProjection implements RebuildableReadModel {

    private final ScrutinyReports reports;

    ScrutinyReportsProjection(ScrutinyReports reports) {
        this.reports = reports;
    }

    @Override
    public void drop() {
        reports.drop();
    }

    @EventHandler
    void on(RecommendationEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        ScrutinyReportRecord before = reports.find(event.reportId()).orElse(null);
        if (before == null || before.version() < sequenceNumber) {
            reports.save(ScrutinyReportRecord.after(before, event, sequenceNumber, at));
        }
    }
}
