package org.minutebook.query.actions;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.BadQuery;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.RenderedAnswer;
import org.minutebook.query.record.Listings;
import org.minutebook.query.record.MeetingRecords;
import org.minutebook.query.record.RecordJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Actions and referrals that followed decisions: open, done, or overdue (open, and the date or meeting they were
 * due at has passed). Each row says whether it is overdue today.
 */
@RestController
class ActionsController {

    /** Soonest due first (none due first, as MongoDB sorts), then by meeting, each meeting's in order. */
    private static final Comparator<ActionRow> SOONEST_DUE = Comparator
            .comparing(ActionRow::dueDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(action -> action.where().meetingDate(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(action -> action.where().meetingId())
            .thenComparing(action -> action.where().order());

    private final ActionsRegister register;
    private final Listings listings;
    private final MeetingRecords records;
    private final RecordJson json;
    private final Clock clock;

    ActionsController(ActionsRegister register, Listings listings, MeetingRecords records, RecordJson json) {
        this.register = register;
        this.listings = listings;
        this.records = records;
        this.json = json;
        this.clock = Clock.systemDefaultZone();
    }

    /** Read from the meetings that hold one: every action matching, in the order of their due dates. */
    @GetMapping("/api/actions")
    @AnswersRows(value = ActionRow.class, shape = AnswersRows.Shape.PAGE, adds = "overdue")
    Paging.Page<ActionDue> actions(@Parameter(schema = @Schema(allowableValues = {"OPEN", "DONE", "OVERDUE"}))
                                   @RequestParam(required = false) String status,
                                   @RequestParam(required = false) String committeeId,
                                   @Parameter(schema = @Schema(allowableValues = {"FURTHER_REPORT", "REFERRAL", "ACTION"}))
                                   @RequestParam(required = false) String kind,
                                   @RequestParam(required = false) String toBody,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int limit) {
        Criteria criteria = Criteria.where().visibleToCaller().eq("committeeId", committeeId)
                .oneOf("kind", kind, Arrays.stream(ActionKind.values()).map(Enum::name).toList())
                .eq("toBody", toBody);
        LocalDate today = LocalDate.now(clock);
        if (status != null) {
            switch (status) {
                case "OPEN", "DONE" -> criteria.eq("status", ActionStatus.valueOf(status));
                case "OVERDUE" -> criteria.eq("status", ActionStatus.OPEN).before("dueDate", today.toString());
                default -> throw BadQuery.notOneOf("status", List.of("OPEN", "DONE", "OVERDUE"));
            }
        }
        Paging paging = new Paging(page, limit);
        return paging.of(listings.all(register, criteria).stream().sorted(SOONEST_DUE)
                .map(action -> ActionDue.on(today, action)).toList());
    }

    /** None while nothing of the meeting is projected. */
    @GetMapping("/api/meetings/{meetingId}/actions")
    @AnswersRows(value = ActionRow.class, shape = AnswersRows.Shape.LIST, adds = "overdue")
    List<ActionDue> ofMeeting(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion) {
        LocalDate today = LocalDate.now(clock);
        return records.answer(meetingId, ActionsRegister.NAME, minVersion, ActionsRegister.NAME, null)
                .map(RenderedAnswer::json)
                .map(rows -> json.readList(rows, ActionRow.class, "actions of meeting " + meetingId))
                .orElse(List.of()).stream().map(action -> ActionDue.on(today, action)).toList();
    }
}
