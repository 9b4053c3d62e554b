package org.minutebook.query.declarations;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.RenderedAnswer;
import org.minutebook.query.record.MeetingRecords;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The register of declarations (interests and party whip): by member, committee, kind and period. */
@RestController
class DeclarationsController {

    private final MeetingRecords records;
    private final Declarations declarations;

    DeclarationsController(MeetingRecords records, Declarations declarations) {
        this.records = records;
        this.declarations = declarations;
    }

    @GetMapping("/api/declarations")
    @AnswersRows(value = DeclarationRow.class, shape = AnswersRows.Shape.PAGE)
    Paging.Page<DeclarationRow> register(@RequestParam(required = false) String memberId,
                                         @RequestParam(required = false) String committeeId,
                                         @Parameter(schema = @Schema(allowableValues = {"interest", "party-whip",
                                                 "no-interests", "no-party-whip"}))
                                         @RequestParam(required = false) String kind,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int limit) {
        return declarations.register(memberId, committeeId, kind, from, to, new Paging(page, limit));
    }

    /** None while nothing of the meeting is projected. */
    @GetMapping("/api/meetings/{meetingId}/declarations")
    @AnswersRows(value = DeclarationRow.class, shape = AnswersRows.Shape.LIST)
    ResponseEntity<RenderedAnswer> ofMeeting(@PathVariable String meetingId,
                                             @RequestParam(required = false) Long minVersion,
                                             @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                             String ifNoneMatch) {
        return records.answer(meetingId, DeclarationsRegister.NAME, minVersion, DeclarationsRegister.NAME,
                ifNoneMatch).map(RenderedAnswer::response).orElseGet(() -> ResponseEntity.ok(RenderedAnswer.none()));
    }
}
