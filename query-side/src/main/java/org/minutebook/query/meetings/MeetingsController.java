package org.minutebook.query.meetings;

import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.RenderedAnswer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Meetings and their agendas; a committee's calendar; meetings across committees in a period. */
@RestController
class MeetingsController {

    private final Meetings meetings;

    MeetingsController(Meetings meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/api/meetings/{meetingId}")
    @AnswersRows(MeetingRow.class)
    ResponseEntity<RenderedAnswer> meeting(@PathVariable String meetingId,
                                           @RequestParam(required = false) Long minVersion,
                                           @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                           String ifNoneMatch) {
        return meetings.meeting(meetingId, minVersion, ifNoneMatch).map(RenderedAnswer::response)
                .orElseThrow(() -> new NotFound("No meeting " + meetingId + " is recorded (or it is not projected yet)"));
    }

    /** Meetings across committees, soonest first; without {@code from}, the upcoming ones from today. */
    @GetMapping("/api/meetings")
    @AnswersRows(value = MeetingRow.class, shape = AnswersRows.Shape.PAGE)
    Paging.Page<MeetingRow> meetings(@RequestParam(required = false) String committeeId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int limit) {
        LocalDate since = from != null ? from : LocalDate.now();
        return meetings.inPeriod(committeeId, since, to, new Paging(page, limit));
    }

    /** A committee's calendar in a period (all its meetings when no period is given). */
    @GetMapping("/api/committees/{committeeId}/meetings")
    @AnswersRows(value = MeetingRow.class, shape = AnswersRows.Shape.PAGE)
    Paging.Page<MeetingRow> calendar(@PathVariable String committeeId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int limit) {
        return meetings.inPeriod(committeeId, from, to, new Paging(page, limit));
    }
}
