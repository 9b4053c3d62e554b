package org.minutebook.query.actions;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.BadQuery;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.FactKind;
import org.minutebook.query.record.RegisterRows;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Actions and referrals that followed decisions: open, done, or overdue (open, and the date or meeting they were
 * due at has passed). Each row says whether it is overdue today.
 */
@RestController
class ActionsController {

    private static final List<String> KINDS = Stream.of(FactKind.FURTHER_REPORT, FactKind.REFERRAL, FactKind.ACTION)
            .map(FactKind::name).toList();

    private final MongoCollection<Document> actions;
    private final ActionsRegister register;
    private final RegisterRows rows;
    private final Clock clock;

    ActionsController(ActionsRegister register, RegisterRows rows) {
        this.register = register;
        this.rows = rows;
        this.actions = rows.collection(register);
        this.clock = Clock.systemDefaultZone();
    }

    @GetMapping("/api/actions")
    @AnswersRows(value = ActionRow.class, adds = "overdue")
    Paging.Page actions(@Parameter(schema = @Schema(allowableValues = {"OPEN", "DONE", "OVERDUE"}))
                        @RequestParam(required = false) String status,
                        @RequestParam(required = false) String committeeId,
                        @Parameter(schema = @Schema(allowableValues = {"FURTHER_REPORT", "REFERRAL", "ACTION"}))
                        @RequestParam(required = false) String kind,
                        @RequestParam(required = false) String toBody,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int limit) {
        Criteria criteria = Criteria.where().visibleToCaller().eq("committeeId", committeeId)
                .oneOf("kind", kind, KINDS).eq("toBody", toBody);
        String today = LocalDate.now(clock).toString();
        if (status != null) {
            switch (status) {
                case "OPEN", "DONE" -> criteria.eq("status", ActionStatus.valueOf(status).name());
                case "OVERDUE" -> criteria.eq("status", ActionStatus.OPEN.name()).and(Filters.lt("dueDate", today));
                default -> throw BadQuery.notOneOf("status", List.of("OPEN", "DONE", "OVERDUE"));
            }
        }
        Paging.Page found = new Paging(page, limit).apply(actions.find(criteria.build())
                .sort(Sorts.ascending("dueDate", "meetingDate", "meetingId", "order")));
        found.items().forEach(action -> action.put("overdue", isOverdue(action, today)));
        return found;
    }

    @GetMapping("/api/meetings/{meetingId}/actions")
    @AnswersRows(value = ActionRow.class, adds = "overdue")
    List<Document> ofMeeting(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion) {
        String today = LocalDate.now(clock).toString();
        List<Document> found = rows.of(register, meetingId, minVersion);
        found.forEach(action -> action.put("overdue", isOverdue(action, today)));
        return found;
    }

    private static boolean isOverdue(Document action, String today) {
        Object due = action.get("dueDate");
        return ActionStatus.OPEN.name().equals(action.get("status")) && due != null && due.toString().compareTo(today) < 0;
    }
}
