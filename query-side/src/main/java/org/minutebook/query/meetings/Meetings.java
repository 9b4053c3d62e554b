package org.minutebook.query.meetings;

import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.Listings;
import org.minutebook.query.record.MeetingRecords;
import org.minutebook.query.platform.RenderedAnswer;
import org.minutebook.query.record.MeetingStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A meeting with its agenda; meetings across committees and a committee's calendar, each meeting with its agenda
 * as published (exempt items by number and paragraph only, for anyone): for the API, the public pages and the
 * calendar feeds alike.
 */
@Component
public class Meetings {

    /** A meeting that has sat: one a member was expected at. */
    public static final List<MeetingStatus> HELD = List.of(MeetingStatus.OPEN, MeetingStatus.ADJOURNED,
            MeetingStatus.CLOSED);
    private static final Bson SOONEST_FIRST = Sorts.ascending("startsAt", "meetingId");
    private static final Bson LATEST_FIRST = Sorts.orderBy(Sorts.descending("meetingDate", "startsAt"),
            Sorts.ascending("meetingId"));

    private final MeetingsRegister register;
    private final Listings listings;
    private final MeetingRecords records;

    Meetings(MeetingsRegister register, Listings listings, MeetingRecords records) {
        this.register = register;
        this.listings = listings;
        this.records = records;
    }

    /** The meeting and its agenda, as rendered at its version for the caller. */
    Optional<RenderedAnswer> meeting(String meetingId, Long minVersion, String ifNoneMatch) {
        return records.answer(meetingId, MeetingsRegister.NAME, minVersion, MeetingsRegister.NAME, ifNoneMatch);
    }

    /** Meetings in a period (of one committee, when given), soonest first. */
    public Paging.Page<MeetingRow> inPeriod(String committeeId, LocalDate from, LocalDate to, Paging paging) {
        return listings.page(register, Criteria.where().eq("committeeId", committeeId).period("startsAt", from, to),
                SOONEST_FIRST, paging);
    }

    /** A committee's meetings in a month, by their day (so a meeting whose start is not stated is one too). */
    public List<MeetingRow> inMonth(String committeeId, YearMonth month) {
        return listings.page(register, Criteria.where().eq("committeeId", committeeId)
                        .period("date", month.atDay(1), month.atEndOfMonth()), SOONEST_FIRST,
                new Paging(0, Paging.MAX_LIMIT)).items();
    }

    /**
     * Meetings up to a day (of one committee, when given; up to any day when none is), latest first. By the day,
     * not the start, so that a meeting whose start time is not stated is listed too.
     */
    public Paging.Page<MeetingRow> latestFirst(String committeeId, LocalDate to, Paging paging) {
        return listings.page(register, Criteria.where().eq("committeeId", committeeId).period("date", null, to),
                LATEST_FIRST, paging);
    }

    /** The meetings of a committee held in a period (a meeting whose day is not stated is not placed in one). */
    public List<MeetingRow> heldIn(String committeeId, LocalDate from, LocalDate to) {
        return listings.all(register, Criteria.where().eq("committeeId", committeeId).period("date", from, to)
                .in("status", HELD.stream().map(Enum::name).toList()));
    }

    /** Meetings with an agenda item whose title holds the words (case-insensitive, taken literally), latest first. */
    public Paging.Page<MeetingRow> withItemTitled(String words, Paging paging) {
        return listings.page(register, Criteria.where().containing("agenda.title", words),
                Sorts.orderBy(Sorts.descending("startsAt"), Sorts.ascending("meetingId")), paging);
    }
}
