package org.minutebook.query.decisions;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.ProjectionVersions;
import org.minutebook.query.platform.Rows;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static com.mongodb.client.model.Filters.eq;

/** The decision register: filter by committee, period and words in the decision; newest meetings first. */
@RestController
class DecisionsController {

    private final MongoCollection<Document> decisions;
    private final DecisionsProjection projection;
    private final ProjectionVersions versions;

    DecisionsController(MongoDatabase readModels, DecisionsProjection projection, ProjectionVersions versions) {
        this.decisions = readModels.getCollection(DecisionsProjection.NAME);
        this.projection = projection;
        this.versions = versions;
    }

    /**
     * The register as it stood at an instant: every decision recorded by then, as then corrected. Filtered like
     * the live register, newest meetings first.
     */
    @GetMapping(value = "/api/decisions", params = "asOf")
    Paging.Page registerAsOf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                             @RequestParam(required = false) String committeeId,
                             @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int limit) {
        Paging paging = new Paging(page, limit);
        List<Document> stood = projection.allAsOf(asOf).stream()
                .filter(decision -> committeeId == null || committeeId.equals(decision.get("committeeId")))
                .filter(decision -> q == null || decision.getString("text").toLowerCase(Locale.ROOT)
                        .contains(q.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing((Document decision) -> decision.getString("meetingDate")).reversed()
                        .thenComparing(decision -> decision.getString("meetingId"))
                        .thenComparing(decision -> String.valueOf(decision.get("itemNumber"))))
                .toList();
        int from = Math.min(stood.size(), page * limit);
        int to = Math.min(stood.size(), from + limit);
        return new Paging.Page(stood.subList(from, to), page, limit, to < stood.size() ? page + 1 : null);
    }

    @GetMapping("/api/decisions")
    Paging.Page register(@RequestParam(required = false) String committeeId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) String q,
                         @RequestParam(required = false) String outcome,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int limit) {
        return new Paging(page, limit).apply(decisions.find(Criteria.where()
                        .eq("committeeId", committeeId).period("meetingDate", from, to)
                        .containing("text", q).eq("outcome", outcome).build())
                .sort(Sorts.orderBy(Sorts.descending("meetingDate"), Sorts.ascending("meetingId", "_id"))));
    }

    @GetMapping("/api/meetings/{meetingId}/decisions")
    List<Document> ofMeeting(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion) {
        versions.await(DecisionsProjection.NAME, meetingId, minVersion);
        return Rows.of(decisions.find(eq("meetingId", meetingId)).sort(Sorts.ascending("itemNumber", "_id")));
    }
}
