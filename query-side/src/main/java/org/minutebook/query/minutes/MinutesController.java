package org.minutebook.query.minutes;

import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.platform.RenderedAnswer;
import org.minutebook.query.record.MeetingAnswers;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.MeetingRecords;
import org.minutebook.query.record.RecordJson;
import org.minutebook.query.record.VisibleRecords;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Instant;
import java.util.Optional;

/**
 * A meeting's whole record in order: as JSON (the record itself, rendered once per version), and as printable
 * minutes that read like the published ones. The record as it stood at an instant, or as confirmed, is folded for
 * the request from the copies of its events.
 */
@Controller
class MinutesController {

    static final String NAME = "minutes";

    private final VisibleRecords records;
    private final MeetingRecords stored;
    private final RecordJson json;

    MinutesController(VisibleRecords records, MeetingRecords stored, RecordJson json) {
        this.records = records;
        this.stored = stored;
        this.json = json;
    }

    /**
     * The minutes as they stand; with {@code asOf} (an instant of recording, not a meeting's date) as they stood
     * then, before or after a correction; with {@code asConfirmed=true} as a later meeting confirmed them.
     */
    @GetMapping(value = "/api/meetings/{meetingId}/minutes", produces = "application/json")
    @AnswersRows(MeetingRecord.class)
    @ResponseBody
    ResponseEntity<RenderedAnswer> json(@PathVariable String meetingId,
                                        @RequestParam(required = false) Long minVersion,
                                        @RequestParam(required = false)
                                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                        @RequestParam(defaultValue = "false") boolean asConfirmed,
                                        @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                        String ifNoneMatch) {
        if (asConfirmed || asOf != null) {
            return RenderedAnswer.untagged(json.bytes(asItStood(meetingId, asOf, asConfirmed))).response();
        }
        return stored.answer(meetingId, MeetingAnswers.MINUTES, minVersion, NAME, ifNoneMatch)
                .map(RenderedAnswer::response).orElseThrow(() -> notRecorded(meetingId));
    }

    @GetMapping(value = {"/api/meetings/{meetingId}/minutes.html", "/api/meetings/{meetingId}/minutes"},
            produces = "text/html")
    String html(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                @RequestParam(defaultValue = "false") boolean asConfirmed, Model model) {
        MeetingRecord record = asConfirmed || asOf != null ? asItStood(meetingId, asOf, asConfirmed)
                : records.find(meetingId, minVersion, NAME).orElseThrow(() -> notRecorded(meetingId));
        model.addAttribute("m", new PrintableMinutes(record));
        return "minutes";
    }

    private MeetingRecord asItStood(String meetingId, Instant asOf, boolean asConfirmed) {
        if (asConfirmed) {
            return records.asConfirmed(meetingId).orElseThrow(() -> new NotFound("The minutes of meeting "
                    + meetingId + " are not confirmed (or not projected yet)"));
        }
        Optional<MeetingRecord> found = records.asOf(meetingId, asOf);
        return found.orElseThrow(() -> new NotFound("Nothing of meeting " + meetingId + " was recorded by " + asOf));
    }

    private static NotFound notRecorded(String meetingId) {
        return new NotFound("No minutes of meeting " + meetingId + " are recorded (or they are not projected yet)");
    }
}
