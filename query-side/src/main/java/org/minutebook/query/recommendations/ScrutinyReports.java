package org.minutebook.query.recommendations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.record.RecordJson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scrutiny reports to the executive and each committee's recommendations tracker: one document a report
 * ({@code scrutiny_reports}), read by its id or by committee; for the API and the public pages alike.
 */
@Component
public class ScrutinyReports {

    static final String NAME = "scrutiny_reports";

    private final MongoCollection<Document> reports;
    private final RecordJson json;

    ScrutinyReports(MongoDatabase readModels, RecordJson json) {
        this.reports = readModels.getCollection(NAME);
        this.json = json;
        reports.createIndex(Indexes.ascending("committeeId", "receivedOn"));
    }

    /** The report as it stands, or as it stood at an instant of recording. */
    public ScrutinyReportRecord one(String reportId, Instant asOf) {
        Optional<ScrutinyReportRecord> report = find(reportId);
        return (asOf == null ? report : report.flatMap(stored -> stored.asOf(asOf))).orElseThrow(() -> new NotFound(
                "No scrutiny report " + reportId + " is recorded" + (asOf == null ? "" : " by " + asOf)
                        + " (or it is not projected yet)"));
    }

    /**
     * The committee's recommendations tracker as it stands on the day: every recommendation of its reports, newest
     * reports first, each in the report's order.
     */
    public List<TrackedRecommendation> tracker(String committeeId, LocalDate day) {
        List<TrackedRecommendation> rows = new ArrayList<>();
        reports.find(Filters.eq("committeeId", committeeId)).sort(Sorts.descending("receivedOn", "_id"))
                .forEach(stored -> {
                    ScrutinyReportRecord report = json.read(stored, ScrutinyReportRecord.class);
                    rows.addAll(tracked(report, day));
                });
        return rows;
    }

    /** The report's recommendations as they stand on the day, in the report's order. */
    public List<TrackedRecommendation> tracked(ScrutinyReportRecord report, LocalDate day) {
        return report.recommendations().stream().map(tracked -> TrackedRecommendation.on(day, report, tracked))
                .toList();
    }

    /** The report, if it is recorded (and projected). */
    public Optional<ScrutinyReportRecord> find(String reportId) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", reportId)).first())
                .map(stored -> json.read(stored, ScrutinyReportRecord.class));
    }

    void save(ScrutinyReportRecord report) {
        reports.replaceOne(Filters.eq("_id", report.reportId()), json.document(report).append("_id",
                report.reportId()), new ReplaceOptions().upsert(true));
    }

    void drop() {
        reports.drop();
        reports.createIndex(Indexes.ascending("committeeId", "receivedOn"));
    }
}
