package org.minutebook.query.matters;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.minutebook.events.published.OutsideMeeting;
import org.minutebook.query.actions.ActionKind;
import org.minutebook.query.decisions.DecisionRow;
import org.minutebook.query.executive.ExecutiveDecisionAnswer;
import org.minutebook.query.recommendations.TrackedRecommendation;

import java.time.LocalDate;
import java.util.List;

/**
 * A matter's whole path in order of its days: each item that took it up, with the decisions minuted under it and
 * what they sent on (referrals, further reports), each received by a later item on the path, or still due, or
 * overdue; each scrutiny report that names it, with its recommendations and the response due or overdue; each
 * decision outside a meeting that names it, where it stands (taken, called in, implementable); and, first, what is
 * due and overdue on the day it is read.
 *
 * @param on           the day due and overdue are reckoned on
 * @param responsesDue recommendations on the path still awaiting the executive's response, or overdue
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatterPath(String matterId, String council, String title, String kind, long version, LocalDate on,
                         List<SentOn> due, List<TrackedRecommendation> responsesDue, List<Step> path,
                         List<StoredMatter.Correction> corrections, List<StoredMatter.StruckOut> struckOut) {

    /** What a step on the path is: an agenda item, a scrutiny report, or a decision outside a meeting. */
    public enum StepKind {
        ITEM,
        SCRUTINY_REPORT,
        DECISION_OUTSIDE_MEETING
    }

    /**
     * A step on the path, of its kind, on its day (null when the record states none: such steps come last). Each kind
     * requires the id that only it has, so the API's description tells the kinds of step apart.
     */
    public sealed interface Step permits Item, Report, Decision {

        @JsonProperty
        StepKind kind();

        @JsonIgnore
        LocalDate day();
    }

    /**
     * An item on the path; its meeting's details null while the meeting is not projected yet.
     *
     * @param exempt the item is exempt (Schedule 12A): the public reads only its number
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String meetingId, String committeeId,
                       String meetingTitle, LocalDate meetingDate,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String itemId, String itemNumber,
                       String itemTitle, Boolean exempt, List<DecisionRow> decisions, List<SentOn> sentOn)
            implements Step {

        @Override
        @JsonProperty
        public StepKind kind() {
            return StepKind.ITEM;
        }

        @Override
        @JsonIgnore
        public LocalDate day() {
            return meetingDate;
        }
    }

    /**
     * A scrutiny report naming the matter, received by the executive on {@code receivedOn}: its recommendations as
     * they stand on the day the path is read (awaiting a response, overdue, accepted, partly, rejected, implemented).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reportId, String committeeId,
                         String title, LocalDate receivedOn, LocalDate responseDue,
                         List<TrackedRecommendation> recommendations) implements Step {

        @Override
        @JsonProperty
        public StepKind kind() {
            return StepKind.SCRUTINY_REPORT;
        }

        @Override
        @JsonIgnore
        public LocalDate day() {
            return receivedOn;
        }
    }

    /**
     * A decision outside a meeting naming the matter, as it stands: on the day it was taken (or, only planned, the
     * day it is planned for), where it is in its life, and its exempt part for those who read exempt business.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String decisionId, LocalDate on,
                           ExecutiveDecisionAnswer.Stage stage, OutsideMeeting decision, String exemptPart)
            implements Step {

        static Decision of(ExecutiveDecisionAnswer answer) {
            OutsideMeeting decision = answer.decision();
            LocalDate on = decision.taken() != null ? decision.taken().takenOn()
                    : decision.forwardPlan() != null ? decision.forwardPlan().plannedFor() : null;
            return new Decision(decision.decisionId(), on, answer.stage(), decision, answer.exemptPart());
        }

        @Override
        @JsonProperty
        public StepKind kind() {
            return StepKind.DECISION_OUTSIDE_MEETING;
        }

        @Override
        @JsonIgnore
        public LocalDate day() {
            return on;
        }
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
