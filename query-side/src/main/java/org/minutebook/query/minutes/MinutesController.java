package org.minutebook.query.minutes;

import org.bson.Document;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.VisibleRecords;
import org.minutebook.query.record.RecordJson;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Instant;
import java.util.Optional;

/**
 * A meeting's whole record in order: as JSON (the record itself), and as printable minutes that read like the
 * published ones. Both are answered from the stored record, read by id.
 */
@Controller
class MinutesController {

    static final String NAME = "minutes";

    private final VisibleRecords records;
    private final RecordJson json;

    MinutesController(VisibleRecords records, RecordJson json) {
        this.records = records;
        this.json = json;
    }

    /**
     * The minutes as they stand; with {@code asOf} (an instant of recording, not a meeting's date) as they stood
     * then, before or after a correction; with {@code asConfirmed=true} as a later meeting confirmed them.
     */
    @GetMapping(value = "/api/meetings/{meetingId}/minutes", produces = "application/json")
    @ResponseBody
    Document json(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                  @RequestParam(defaultValue = "false") boolean asConfirmed) {
        return json.document(find(meetingId, minVersion, asOf, asConfirmed));
    }

    @GetMapping(value = {"/api/meetings/{meetingId}/minutes.html", "/api/meetings/{meetingId}/minutes"},
            produces = "text/html")
    String html(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                @RequestParam(defaultValue = "false") boolean asConfirmed, Model model) {
        model.addAttribute("m", new PrintableMinutes(find(meetingId, minVersion, asOf, asConfirmed)));
        return "minutes";
    }

    private MeetingRecord find(String meetingId, Long minVersion, Instant asOf, boolean asConfirmed) {
        if (asConfirmed) {
            return records.asConfirmed(meetingId).orElseThrow(() -> new NotFound("The minutes of meeting "
                    + meetingId + " are not confirmed (or not projected yet)"));
        }
        Optional<MeetingRecord> found = asOf != null ? records.asOf(meetingId, asOf)
                : records.find(meetingId, minVersion, NAME);
        return found.orElseThrow(() -> new NotFound(asOf != null
                ? "Nothing of meeting " + meetingId + " was recorded by " + asOf
                : "No minutes of meeting " + meetingId + " are recorded (or they are not projected yet)"));
    }
}
