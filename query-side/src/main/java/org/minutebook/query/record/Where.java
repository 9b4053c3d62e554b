package org.minutebook.query.record;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * Where a register row's fact sits: its meeting, committee and date (null when not stated), the stage of the
 * meeting's minutes (a row from draft minutes says so), its agenda item, and its place among the meeting's rows
 * ({@code order}), by which a meeting's rows are listed. {@code exempt}: the item is exempt (or part of one), so the
 * row is withheld from the public. A decision taken outside a meeting has no meeting, committee or minutes: its
 * {@code meetingTitle} is its title, {@code meetingDate} the day it was taken, and it states no {@code minutesStage}.
 */
public record Where(String meetingId, String committeeId, String meetingTitle, LocalDate meetingDate,
                    @JsonInclude(JsonInclude.Include.NON_NULL) MinutesStage minutesStage, String itemId,
                    String itemNumber, String itemTitle, Boolean exempt, int order) {

    /** A fact of the meeting itself, under no item. */
    public static Where in(MeetingRecord record, int order) {
        return new Where(record.meetingId(), record.committeeId(), record.title(), record.date(),
                record.minutesStage(), null, null, null, null, order);
    }

    public static Where in(MeetingRecord record, AgendaItem item, int order) {
        return new Where(record.meetingId(), record.committeeId(), record.title(), record.date(),
                record.minutesStage(), item.itemId(), item.number(), item.title(),
                record.exemptionOf(item).isPresent(), order);
    }
}
