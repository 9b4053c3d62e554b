package org.minutebook.events.resolutions;

import java.time.LocalDate;

/**
 * The record of a decision the law asks for (the Local Authorities (Executive Arrangements) (Meetings and Access to
 * Information) (England) Regulations 2012, reg. 12; ModernGov's "decision details"), as far as the minutes or the
 * decision notice state it. Every field is optional and none is ever invented: null is "not stated".
 *
 * @param decisionMaker        who took the decision, as the notice names them ("Cabinet", "Director of Children's
 *                             Services under delegated powers"), or null (the committee itself)
 * @param reasons              the reasons for the decision, or null
 * @param alternativesRejected the alternative options considered and rejected, or null
 * @param conflictsOfInterest  any conflict of interest declared by a member of the deciding body, in the words
 *                             recorded, or null
 * @param dispensations        the dispensations granted for those conflicts, or null
 * @param keyDecision          whether it is a key decision; null when not stated
 * @param subjectToCallIn      whether it is subject to call-in; null when not stated
 * @param callInDeadline       the last day on which it may be called in, or null
 * @param implementationDate   the day from which it may be implemented, or null
 */
public record StatutoryRecord(String decisionMaker, String reasons, String alternativesRejected,
                              String conflictsOfInterest, String dispensations, Boolean keyDecision,
                              Boolean subjectToCallIn, LocalDate callInDeadline, LocalDate implementationDate) {
}
