package org.minutebook.query.minutes;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.platform.ProjectionVersions;
import org.springframework.format.annotation.DateTimeFormat;
import org.minutebook.query.platform.Rows;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Instant;

import static com.mongodb.client.model.Filters.eq;

/** A meeting's whole record in order: as JSON, and as printable minutes that read like the published ones. */
@Controller
class MinutesController {

    private final MongoCollection<Document> minutes;
    private final MinutesProjection projection;
    private final ProjectionVersions versions;

    MinutesController(MongoDatabase readModels, MinutesProjection projection, ProjectionVersions versions) {
        this.minutes = readModels.getCollection(MinutesProjection.NAME);
        this.projection = projection;
        this.versions = versions;
    }

    /** The minutes as they stand, or with {@code asOf} as they stood then (before or after a correction). */
    @GetMapping(value = "/api/meetings/{meetingId}/minutes", produces = "application/json")
    @ResponseBody
    Document json(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        return find(meetingId, minVersion, asOf);
    }

    @GetMapping(value = {"/api/meetings/{meetingId}/minutes.html", "/api/meetings/{meetingId}/minutes"},
            produces = "text/html")
    String html(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                Model model) {
        model.addAttribute("m", new PrintableMinutes(find(meetingId, minVersion, asOf)));
        return "minutes";
    }

    private Document find(String meetingId, Long minVersion, Instant asOf) {
        if (asOf != null) {
            return projection.asOf(meetingId, asOf).stream().findFirst().orElseThrow(() -> new NotFound(
                    "Nothing of meeting " + meetingId + " was recorded by " + asOf));
        }
        versions.await(MinutesProjection.NAME, meetingId, minVersion);
        return Rows.one(minutes.find(eq("_id", meetingId)).first(),
                "No minutes of meeting " + meetingId + " are recorded (or they are not projected yet)");
    }
}
