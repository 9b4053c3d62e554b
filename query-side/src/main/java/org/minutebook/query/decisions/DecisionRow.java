package org.minutebook.query.decisions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.minutebook.events.Person;
import org.minutebook.events.published.OutsideMeeting;
import org.minutebook.events.published.PublishedDecision.Outcome;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.QuorumCount;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.query.record.FactKind;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Where;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One decision: its {@code kind} (the fact that recorded it), its {@code outcome}, {@code text} (the words
 * searched: a motion's parts, a referral's or further report's subject (or, where the minutes state none, the
 * words of the decision part it follows from), the reason an item was set aside, the
 * corrections noted to minutes confirmed), and what that kind of decision records; what it does not record is
 * left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionRow(String id, @JsonUnwrapped Where where, FactKind kind, Outcome outcome, String text,
                   @JsonUnwrapped Motion motion, @JsonUnwrapped SentOn sentOn, @JsonUnwrapped Minutes minutes,
                   String reason, boolean corrected, OutsideMeeting outsideMeeting) implements Register.Row {

    /** A committee's decision, taken at a meeting. */
    public DecisionRow(String id, Where where, FactKind kind, Outcome outcome, String text, Motion motion,
                       SentOn sentOn, Minutes minutes, String reason, boolean corrected) {
        this(id, where, kind, outcome, text, motion, sentOn, minutes, reason, corrected, null);
    }

    /**
     * A decision taken outside a meeting, in the same register: by the executive, an executive member or an
     * officer; dated by the day it was taken ({@code meetingDate}), with no meeting, committee or kind of fact, and
     * the decision as it stands ({@code outsideMeeting}: who took it, its reasons, notice, call-in), and whether its
     * plan or record was corrected.
     */
    public static DecisionRow outside(OutsideMeeting decision, boolean corrected) {
        return new DecisionRow(decision.decisionId(), new Where(null, null, decision.title(),
                decision.taken().takenOn(), null, null, null, null, false, 0), null, Outcome.DECIDED,
                decision.taken().decision(), null, null, null, null, corrected, decision);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * The decision's own id, permanent whatever is recorded before it: the resolution's or the action's id the
     * record gives it; for a decision that has none (a deferral, a withdrawal, a confirmation of minutes), what it
     * decided and about which item or meeting, of which there is one each.
     */
    @JsonIgnore
    public String decisionId() {
        if (outsideMeeting != null) {
            return outsideMeeting.decisionId();
        }
        String meeting = where.meetingId();
        if (motion != null && motion.resolutionId() != null) {
            return meeting + ":" + motion.resolutionId();
        }
        if (sentOn != null && sentOn.actionId() != null) {
            return meeting + ":" + sentOn.actionId();
        }
        String about = minutes != null && minutes.atMeetingId() != null ? minutes.atMeetingId()
                : minutes != null && minutes.confirmedMeetingId() != null ? minutes.confirmedMeetingId()
                : where.itemId();
        return meeting + ":" + kind.json() + (about == null ? "" : ":" + about);
    }

    /**
     * The decision as the register shows it: its words; a confirmation of minutes, which has none of its own, said
     * as the minutes say it ("The minutes of the meeting held on 1 September 2020 were confirmed."), then any
     * corrections noted to them.
     */
    @JsonIgnore
    public String shown() {
        if (minutes == null) {
            return text;
        }
        String confirmed = minutes.atMeetingId() != null ? "These minutes were confirmed at a later meeting."
                : minutes.confirmedMeetingDate() != null ? "The minutes of the meeting held on "
                + minutes.confirmedMeetingDate().format(DATE) + " were confirmed."
                : "The minutes of the previous meeting were confirmed.";
        return text == null ? confirmed : confirmed + " " + text;
    }

    /**
     * What a motion put records: its parts (each with its id and label), the debate on it (its amendments, the votes
     * before the deciding one), its statutory record, and whether it was taken without a quorum.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Motion(String resolutionId, ResolutionForm form, String preamble, List<ResolutionPart> parts,
                  Person movedBy, Person secondedBy, Vote vote, List<Vote> earlierVotes, List<Amendment> amendments,
                  StatutoryRecord statutory, QuorumCount withoutQuorum) {
    }

    /** What a referral or a request for a further report records; {@code partId} the part of the decision it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SentOn(String actionId, String resolutionId, String partId, String toBody, String subject,
                  LocalDate dueMeetingDate) {
    }

    /** What the confirmation of minutes records: of an earlier meeting, here; or of this one, at a later one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Minutes(String confirmedMeetingId, LocalDate confirmedMeetingDate, List<String> correctionsNoted,
                   String atMeetingId, Person signedBy) {
    }
}
