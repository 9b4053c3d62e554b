package org.minutebook.events.executive;

/**
 * An event in the life of a decision taken outside a committee's meeting record, keyed by its {@code decisionId}:
 * a key decision on the forward plan (planned, its notices, taken, its decision notice, called in, considered,
 * reconsidered), or a decision an officer under delegated powers or an executive member took alone (docs/events.md,
 * "Decisions outside meetings"). A part of the record of its own, sealed as every part is.
 */
public sealed interface ExecutiveDecisionEvent permits KeyDecisionPlanned, KeyDecisionPlanCorrected,
        KeyDecisionNoticePublished, KeyDecisionNoticeCorrected, DecisionTaken, DecisionTakenCorrected,
        DecisionNoticePublished, DecisionNoticeCorrected, CallInRequested,
        CallInCorrected, CallInConsidered, CallInConsiderationCorrected, DecisionReconsidered,
        ReconsiderationCorrected {

    String decisionId();

    <R> R accept(Visitor<R> visitor);

    /** An answer for each event of the part: one added fails to compile until every reader of the part answers it. */
    interface Visitor<R> {

        R on(KeyDecisionPlanned event);

        R on(KeyDecisionPlanCorrected event);

        R on(KeyDecisionNoticePublished event);

        R on(DecisionTaken event);

        R on(DecisionTakenCorrected event);

        R on(DecisionNoticePublished event);

        R on(KeyDecisionNoticeCorrected event);

        R on(DecisionNoticeCorrected event);

        R on(CallInRequested event);

        R on(CallInCorrected event);

        R on(CallInConsidered event);

        R on(DecisionReconsidered event);

        R on(CallInConsiderationCorrected event);

        R on(ReconsiderationCorrected event);
    }
}
