package org.minutebook.query.meetings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.RegisterRows;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Meetings across committees and a committee's calendar, each meeting with its agenda as published (exempt items
 * by number and paragraph only, for anyone): for the API, the public pages and the calendar feeds alike.
 */
@Component
public class Meetings {

    private final MongoCollection<Document> meetings;

    Meetings(MeetingsRegister register, RegisterRows rows) {
        this.meetings = rows.collection(register);
    }

    /** Meetings in a period (of one committee, when given), soonest first. */
    public Paging.Page inPeriod(String committeeId, LocalDate from, LocalDate to, Paging paging) {
        return paging.apply(meetings
                .find(Criteria.where().eq("committeeId", committeeId).period("startsAt", from, to).build())
                .sort(Sorts.ascending("startsAt", "_id")));
    }

    /**
     * Meetings up to a day (of one committee, when given; up to any day when none is), latest first. By the day,
     * not the start, so that a meeting whose start time is not stated is listed too.
     */
    public Paging.Page latestFirst(String committeeId, LocalDate to, Paging paging) {
        return paging.apply(meetings
                .find(Criteria.where().eq("committeeId", committeeId).period("date", null, to).build())
                .sort(Sorts.descending("date", "startsAt", "_id")));
    }

    /** Meetings with an agenda item whose title holds the words (case-insensitive, taken literally), latest first. */
    public Paging.Page withItemTitled(String words, Paging paging) {
        return paging.apply(meetings.find(Criteria.where().containing("agenda.title", words).build())
                .sort(Sorts.descending("startsAt", "_id")));
    }
}
