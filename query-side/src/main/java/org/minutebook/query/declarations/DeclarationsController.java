package org.minutebook.query.declarations;

import org.bson.Document;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.RegisterRows;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The register of declarations (interests and party whip): by member, committee, kind and period. */
@RestController
class DeclarationsController {

    private final DeclarationsRegister register;
    private final RegisterRows rows;
    private final Declarations declarations;

    DeclarationsController(DeclarationsRegister register, RegisterRows rows, Declarations declarations) {
        this.register = register;
        this.rows = rows;
        this.declarations = declarations;
    }

    @GetMapping("/api/declarations")
    @AnswersRows(DeclarationRow.class)
    Paging.Page register(@RequestParam(required = false) String memberId,
                         @RequestParam(required = false) String committeeId,
                         @Parameter(schema = @Schema(allowableValues = {"interest", "party-whip", "no-interests",
                                 "no-party-whip"})) @RequestParam(required = false) String kind,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int limit) {
        return declarations.register(memberId, committeeId, kind, from, to, new Paging(page, limit));
    }

    @GetMapping("/api/meetings/{meetingId}/declarations")
    @AnswersRows(DeclarationRow.class)
    List<Document> ofMeeting(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion) {
        return rows.of(register, meetingId, minVersion);
    }
}
