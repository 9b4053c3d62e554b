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

import java.time.LocalDate;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/** The decision register: filter by committee, period and words in the decision; newest meetings first. */
@RestController
class DecisionsController {

    private final MongoCollection<Document> decisions;
    private final ProjectionVersions versions;

    DecisionsController(MongoDatabase readModels, ProjectionVersions versions) {
        this.decisions = readModels.getCollection(DecisionsProjection.NAME);
        this.versions = versions;
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
