package org.minutebook.query.declarations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.FactKind;
import org.minutebook.query.record.RegisterRows;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The register of declarations (interests and party whip): by member, committee, kind and period. */
@RestController
class DeclarationsController {

    private static final List<String> KINDS = Stream.of(FactKind.INTEREST, FactKind.PARTY_WHIP,
            FactKind.NO_INTERESTS, FactKind.NO_PARTY_WHIP).map(FactKind::json).toList();

    private final MongoCollection<Document> declarations;
    private final DeclarationsRegister register;
    private final RegisterRows rows;

    DeclarationsController(DeclarationsRegister register, RegisterRows rows) {
        this.register = register;
        this.rows = rows;
        this.declarations = rows.collection(register);
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
        return new Paging(page, limit).apply(declarations.find(Criteria.where().visibleToCaller()
                        .eq("member.id", memberId).eq("committeeId", committeeId).oneOf("kind", kind, KINDS)
                        .period("meetingDate", from, to).build())
                .sort(Sorts.orderBy(Sorts.descending("meetingDate"), Sorts.ascending("meetingId", "order"))));
    }

    @GetMapping("/api/meetings/{meetingId}/declarations")
    @AnswersRows(DeclarationRow.class)
    List<Document> ofMeeting(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion) {
        return rows.of(register, meetingId, minVersion);
    }
}
