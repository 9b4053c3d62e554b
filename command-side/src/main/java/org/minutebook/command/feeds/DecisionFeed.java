package org.minutebook.command.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minutebook.events.published.PublishedDecision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every decision published, in the order published ({@code decision_feed}): written by the decisions feed's
 * processor in the same transaction as its position, so that a decision is in the feed exactly when the processor
 * has passed it, and once (a decision handled again after a crash keeps its first place). The pull feed reads it
 * after a position; webhooks deliver it from there.
 */
@Component
class DecisionFeed {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    DecisionFeed(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A decision in the feed, at its position.
     *
     * @param position its place in the feed: ask for those after it
     * @param decision the decision as published
     */
    record Entry(long position, PublishedDecision decision) {
    }

    /**
     * A page of the feed.
     *
     * @param decisions the decisions after the position asked for, in order
     * @param next      the position to ask after next: the last one here, or the one asked for when there is none
     * @param more      whether more decisions follow already
     */
    record Page(List<Entry> decisions, long next, boolean more) {
    }

    /**
     * Appends the decision; its {@code meeting_id} is the record it is of: its meeting, or a decision outside a
     * meeting itself (which has no meeting), and its council the committee's or the decision's own.
     */
    void add(PublishedDecision decision) {
        boolean outside = decision.outsideMeeting() != null;
        jdbc.update("INSERT INTO decision_feed (id, decision_id, meeting_id, council, recorded_at, body) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", decision.id(), decision.decisionId(),
                outside ? decision.decisionId() : decision.meeting().meetingId(),
                outside ? decision.outsideMeeting().council() : decision.committee().council(),
                OffsetDateTime.ofInstant(decision.recordedAt(), ZoneOffset.UTC), write(decision));
    }

    /** Up to {@code limit} decisions after {@code position}, in order; only a council's when {@code council} is given. */
    Page after(long position, int limit, String council) {
        List<Entry> entries = new ArrayList<>(jdbc.query("SELECT position, body FROM decision_feed WHERE position > ?"
                        + (council == null ? "" : " AND council = ?") + " ORDER BY position LIMIT ?",
                (rs, row) -> entry(rs), council == null ? new Object[] {position, limit + 1}
                        : new Object[] {position, council, limit + 1}));
        boolean more = entries.size() > limit;
        List<Entry> page = more ? entries.subList(0, limit) : entries;
        return new Page(List.copyOf(page), page.isEmpty() ? position : page.get(page.size() - 1).position(), more);
    }

    /** The decision published under this record id (the fact's, as {@code ce_id}), if it was. */
    Optional<PublishedDecision> withId(String id) {
        return jdbc.query("SELECT position, body FROM decision_feed WHERE id = ?", (rs, row) -> entry(rs), id)
                .stream().findFirst().map(Entry::decision);
    }

    private Entry entry(ResultSet rs) throws SQLException {
        try {
            return new Entry(rs.getLong("position"), json.readValue(rs.getString("body"), PublishedDecision.class));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("Decision at position " + rs.getLong("position") + " is unreadable",
                    unreadable);
        }
    }

    private String write(PublishedDecision decision) {
        try {
            return json.writeValueAsString(decision);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("Decision " + decision.id() + " could not be written", unwritable);
        }
    }
}
