package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision was taken outside a committee's meeting record, as its written record states it: "Decision of the
 * Cabinet Member for Housing, 12 January 2027: to award the contract to … Reasons: … Alternatives considered and
 * rejected: … Conflicts of interest: none."
 *
 * @param decisionId           the decision's id (the forward plan's, for a key decision planned)
 * @param council              the council
 * @param title                what it is about, as the record titles it
 * @param makerKind            the executive, an executive member, or an officer
 * @param maker                who took it, by name and office ("Cllr J. Smith, Cabinet Member for Housing"), or null
 *                             when the record names only the body (the executive)
 * @param delegation           the power it was taken under ("Scheme of delegation, part 3, para 4.2"), or null
 * @param takenOn              the day it was taken
 * @param meetingId            the meeting of the executive it was taken at, or null for a decision taken alone
 * @param decision             what was decided, in its words
 * @param reasons              the reasons for it, or null when the record gives none
 * @param alternativesRejected the alternatives considered and rejected, or null
 * @param conflicts            the conflicts of interest declared by anyone consulted, as written; empty for none stated
 * @param dispensations        the dispensations granted for them, as written; empty for none stated
 * @param key                  whether it is a key decision, or null when the record does not say
 * @param exemptParagraph      the paragraph of Schedule 12A under which part of the record is withheld, or null
 * @param exemptPart           the part withheld from the public (never published, never on the decisions topic),
 *                             or null
 * @param matterId             the matter it belongs to, or null
 */
@EventVersion(1)
public record DecisionTaken(String decisionId, String council, String title, DecisionMakerKind makerKind, Person maker,
                            String delegation, LocalDate takenOn, String meetingId, String decision, String reasons,
                            String alternativesRejected, List<String> conflicts, List<String> dispensations,
                            Boolean key, String exemptParagraph, String exemptPart, String matterId)
        implements ExecutiveDecisionEvent {

    public DecisionTaken {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        dispensations = dispensations == null ? List.of() : List.copyOf(dispensations);
    }

    /** Whether it may be called in: every executive decision, and an officer's key decision. */
    public boolean subjectToCallIn() {
        return makerKind != DecisionMakerKind.OFFICER || Boolean.TRUE.equals(key);
    }

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
