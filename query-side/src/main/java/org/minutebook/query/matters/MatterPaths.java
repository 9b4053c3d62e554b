package org.minutebook.query.matters;

import org.minutebook.query.actions.ActionKind;
import org.minutebook.query.actions.ActionRow;
import org.minutebook.query.decisions.DecisionRow;
import org.minutebook.query.record.AgendaItem;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.RegisterRows;
import org.minutebook.query.record.VisibleRecords;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A matter's path, read from the records of the meetings whose items took it up (as the caller may read them: an
 * exempt item shows only its number to the public). A matter's path holds at most 500 items, so a page reads a
 * bounded number of meetings, each by its id.
 */
@Component
public class MatterPaths {

    private final Matters matters;
    private final VisibleRecords records;
    private final RegisterRows rows;

    MatterPaths(Matters matters, VisibleRecords records, RegisterRows rows) {
        this.matters = matters;
        this.records = records;
        this.rows = rows;
    }

    public MatterPath of(String matterId, Long minVersion, LocalDate on) {
        StoredMatter matter = matters.one(matterId, minVersion);
        List<MatterPath.Step> path = new ArrayList<>();
        for (StoredMatter.Step step : matter.steps()) {
            path.add(step(step, records.find(step.meetingId(), null, Matters.NAME)));
        }
        path.sort(Comparator.comparing(MatterPath.Step::meetingDate, Comparator.nullsLast(Comparator.naturalOrder())));
        List<MatterPath.Step> received = new ArrayList<>();
        List<MatterPath.SentOn> due = new ArrayList<>();
        for (int at = 0; at < path.size(); at++) {
            MatterPath.Step step = path.get(at);
            Optional<MatterPath.Received> next = nextMeeting(path, at);
            List<MatterPath.SentOn> sentOn = step.sentOn().stream().map(sent -> reckoned(sent, next, on)).toList();
            sentOn.stream().filter(sent -> sent.status() != MatterPath.Status.RECEIVED).forEach(due::add);
            received.add(new MatterPath.Step(step.meetingId(), step.committeeId(), step.meetingTitle(),
                    step.meetingDate(), step.itemId(), step.itemNumber(), step.itemTitle(), step.exempt(),
                    step.decisions(), sentOn));
        }
        return new MatterPath(matter.matterId(), matter.council(), matter.title(), matter.kind(), matter.version(),
                on, due, received, matter.corrections(), matter.struckOut());
    }

    private MatterPath.Step step(StoredMatter.Step step, Optional<MeetingRecord> found) {
        if (found.isEmpty()) {
            return new MatterPath.Step(step.meetingId(), null, null, null, step.itemId(), null, null, null, List.of(),
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
        return new MatterPath.Step(step.meetingId(), record.committeeId(), record.title(), record.date(),
                step.itemId(), item.map(AgendaItem::number).orElse(null), item.map(AgendaItem::title).orElse(null),
                item.map(held -> record.exemptionOf(held).isPresent()).orElse(null), decisions, sentOn);
    }

    /**
     * The item that receives what a step sent on: the next on the path at a later meeting (a meeting whose day is
     * not stated receives nothing, and its own referrals wait for the next item after it).
     */
    private static Optional<MatterPath.Received> nextMeeting(List<MatterPath.Step> path, int at) {
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
