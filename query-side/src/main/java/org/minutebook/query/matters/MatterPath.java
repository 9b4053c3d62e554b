package org.minutebook.query.matters;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.minutebook.query.actions.ActionKind;
import org.minutebook.query.decisions.DecisionRow;

import java.time.LocalDate;
import java.util.List;

/**
 * A matter's whole path in order of its meetings: each item that took it up, with the decisions minuted under it and
 * what they sent on (referrals, further reports), each received by a later item on the path, or still due, or
 * overdue; and, first, what is due and overdue on the day it is read.
 *
 * @param on the day due and overdue are reckoned on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatterPath(String matterId, String council, String title, String kind, long version, LocalDate on,
                         List<SentOn> due, List<Step> path, List<StoredMatter.Correction> corrections,
                         List<StoredMatter.StruckOut> struckOut) {

    /**
     * An item on the path; its meeting's details null while the meeting is not projected yet.
     *
     * @param exempt the item is exempt (Schedule 12A): the public reads only its number
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String meetingId, String committeeId, String meetingTitle, LocalDate meetingDate,
                       String itemId, String itemNumber, String itemTitle, Boolean exempt,
                       List<DecisionRow> decisions, List<SentOn> sentOn) {
    }

    /**
     * A referral or further report minuted on the path.
     *
     * @param dueDate the meeting a further report is due at, or null for "a future meeting"
     * @param receivedBy the later item on the path that received it, or null while it has not been
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SentOn(String meetingId, String itemId, String actionId, ActionKind kind, String subject,
                         String toBody, LocalDate dueDate, Status status, Received receivedBy) {
    }

    /** Where a referral or further report was received: an item of a later meeting that took the matter up. */
    public record Received(String meetingId, String itemId, LocalDate meetingDate) {
    }

    /** What became of a referral or further report. */
    public enum Status {
        /** A later item on the path received it. */
        RECEIVED,
        /** Not received yet, and not past its day (or due at "a future meeting", with no day). */
        DUE,
        /** Not received, and its day has passed. */
        OVERDUE
    }
}
