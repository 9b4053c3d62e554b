package org.minutebook.events.published;

import org.minutebook.events.Person;
import org.minutebook.events.executive.DecisionMakerKind;
import org.minutebook.events.executive.DecisionTaken;

import java.time.LocalDate;
import java.util.List;

/**
 * The decision as taken (see {@link DecisionTaken}), without its exempt part.
 *
 * @param makerKind            the executive, an executive member or an officer
 * @param maker                who took it, or null when only the body is named
 * @param delegation           the power it was taken under, or null
 * @param takenOn              the day it was taken
 * @param meetingId            the executive's meeting it was taken at, or null
 * @param decision             what was decided
 * @param reasons              its reasons, or null
 * @param alternativesRejected the alternatives considered and rejected, or null
 * @param conflicts            conflicts of interest declared, as written
 * @param dispensations        dispensations granted, as written
 * @param key                  whether it is a key decision, or null when not stated
 * @param exemptParagraph      the paragraph a part of the record is withheld under, or null
 */
public record Taken(DecisionMakerKind makerKind, Person maker, String delegation, LocalDate takenOn,
                    String meetingId, String decision, String reasons, String alternativesRejected,
                    List<String> conflicts, List<String> dispensations, Boolean key, String exemptParagraph) {

    public Taken {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        dispensations = dispensations == null ? List.of() : List.copyOf(dispensations);
    }
}
