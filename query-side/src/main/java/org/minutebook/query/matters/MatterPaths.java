package org.minutebook.query.matters;

import org.minutebook.query.actions.ActionKind;
import org.minutebook.query.actions.ActionRow;
import org.minutebook.query.decisions.DecisionRow;
import org.minutebook.query.executive.ExecutiveDecisions;
import org.minutebook.query.record.AgendaItem;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.RegisterRows;
import org.minutebook.query.record.VisibleRecords;
import org.minutebook.query.recommendations.ScrutinyReports;
import org.minutebook.query.recommendations.TrackedRecommendation;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A matter's path, read from the records of the meetings whose items took it up (as the caller may read them: an
 * exempt item shows only its number to the public), and from the scrutiny reports and decisions outside meetings
 * that name it (a decision's exempt part only for those who read exempt business): each meeting and each record read
 * once by its id, however many items of a meeting take the matter up.
 */
@Component
public class MatterPaths {

    private final Matters matters;
    private final VisibleRecords records;
    private final RegisterRows rows;
    private final ScrutinyReports reports;
    private final ExecutiveDecisions outsideMeetings;

    MatterPaths(Matters matters, VisibleRecords records, RegisterRows rows, ScrutinyReports reports,
                ExecutiveDecisions outsideMeetings) {
        this.matters = matters;
        this.records = records;
        this.rows = rows;
        this.reports = reports;
        this.outsideMeetings = outsideMeetings;
    }

    public MatterPath of(String matterId, Long minVersion, LocalDate on) {
        StoredMatter matter = matters.one(matterId, minVersion);
        List<MatterPath.Item> items = new ArrayList<>();
        Map<String, Optional<MeetingRecord>> meetings = new HashMap<>();
        for (StoredMatter.Step step : matter.steps()) {
            items.add(item(step, meetings.computeIfAbsent(step.meetingId(),
                    meetingId -> records.find(meetingId, null, Matters.NAME))));
        }
        items.sort(Comparator.comparing(MatterPath.Item::meetingDate, Comparator.nullsLast(Comparator.naturalOrder())));
        List<MatterPath.Step> path = new ArrayList<>();
        List<MatterPath.SentOn> due = new ArrayList<>();
        for (int at = 0; at < items.size(); at++) {
            MatterPath.Item step = items.get(at);
            Optional<MatterPath.Received> next = nextMeeting(items, at);
            List<MatterPath.SentOn> sentOn = step.sentOn().stream().map(sent -> reckoned(sent, next, on)).toList();
            sentOn.stream().filter(sent -> sent.status() != MatterPath.Status.RECEIVED).forEach(due::add);
            path.add(new MatterPath.Item(step.meetingId(), step.committeeId(), step.meetingTitle(),
                    step.meetingDate(), step.itemId(), step.itemNumber(), step.itemTitle(), step.exempt(),
                    step.decisions(), sentOn));
        }
        List<TrackedRecommendation> responsesDue = new ArrayList<>();
        for (StoredMatter.Linked linked : matter.linked()) {
            switch (linked.kind()) {
                case SCRUTINY_REPORT -> report(matterId, linked.recordId(), on).ifPresent(report -> {
                    path.add(report);
                    report.recommendations().stream().filter(MatterPaths::awaitingResponse)
                            .forEach(responsesDue::add);
                });
                case DECISION_OUTSIDE_MEETING -> decision(matterId, linked.recordId()).ifPresent(path::add);
            }
        }
        path.sort(Comparator.comparing(MatterPath.Step::day, Comparator.nullsLast(Comparator.naturalOrder())));
        return new MatterPath(matter.matterId(), matter.council(), matter.title(), matter.kind(), matter.version(),
                on, due, responsesDue, path, matter.corrections(), matter.struckOut());
    }

    /** The scrutiny report as it stands on the day, while it still names the matter (and is projected). */
    private Optional<MatterPath.Report> report(String matterId, String reportId, LocalDate on) {
        return reports.find(reportId).filter(report -> matterId.equals(report.matterId()))
                .map(report -> new MatterPath.Report(report.reportId(), report.committeeId(), report.title(),
                        report.receivedOn(), report.responseDue(), reports.tracked(report, on)));
    }

    /** The decision outside a meeting as it stands, while it still names the matter (and is projected). */
    private Optional<MatterPath.Decision> decision(String matterId, String decisionId) {
        return outsideMeetings.standing(decisionId).filter(answer -> matterId.equals(answer.decision().matterId()))
                .map(MatterPath.Decision::of);
    }

    private static boolean awaitingResponse(TrackedRecommendation recommendation) {
        return recommendation.status() == TrackedRecommendation.Status.AWAITING_RESPONSE
                || recommendation.status() == TrackedRecommendation.Status.OVERDUE;
    }

    private MatterPath.Item item(StoredMatter.Step step, Optional<MeetingRecord> found) {
        if (found.isEmpty()) {
            return new MatterPath.Item(step.meetingId(), null, null, null, step.itemId(), null, null, null, List.of(),
                    List.of());
        }
        MeetingRecord record = found.get();
        Optional<AgendaItem> item = record.item(step.itemId());
        List<DecisionRow> decisions = rows.of(record, DecisionRow.class).stream()
                .filter(row -> step.itemId().equals(row.where().itemId())).toList();
        List<MatterPath.SentOn> sentOn = rows.of(record, ActionRow.class).stream()
                .filter(row -> step.itemId().equals(row.where().itemId()) && row.kind() != ActionKind.ACTION)
                .map(row -> new MatterPath.SentOn(record.meetingId(), step.itemId(), row.actionId(), row.kind(),
                        row.description(), row.toBody(), row.dueDate(), MatterPath.Status.DUE, null))
                .toList();
        return new MatterPath.Item(step.meetingId(), record.committeeId(), record.title(), record.date(),
                step.itemId(), item.map(AgendaItem::number).orElse(null), item.map(AgendaItem::title).orElse(null),
                item.map(held -> record.exemptionOf(held).isPresent()).orElse(null), decisions, sentOn);
    }

    /**
     * The item that receives what a step sent on: the next on the path at a later meeting (a meeting whose day is
     * not stated receives nothing, and its own referrals wait for the next item after it).
     */
    private static Optional<MatterPath.Received> nextMeeting(List<MatterPath.Item> path, int at) {
        LocalDate sentOn = path.get(at).meetingDate();
        return path.subList(at + 1, path.size()).stream()
                .filter(later -> later.meetingDate() != null && (sentOn == null || later.meetingDate().isAfter(sentOn))
                        && !later.meetingId().equals(path.get(at).meetingId()))
                .findFirst()
                .map(later -> new MatterPath.Received(later.meetingId(), later.itemId(), later.meetingDate()));
    }

    private static MatterPath.SentOn reckoned(MatterPath.SentOn sent, Optional<MatterPath.Received> next, LocalDate on) {
        MatterPath.Status status = next.isPresent() ? MatterPath.Status.RECEIVED
                : sent.dueDate() != null && sent.dueDate().isBefore(on) ? MatterPath.Status.OVERDUE
                : MatterPath.Status.DUE;
        return new MatterPath.SentOn(sent.meetingId(), sent.itemId(), sent.actionId(), sent.kind(), sent.subject(),
                sent.toBody(), sent.dueDate(), status, next.orElse(null));
    }
}
