package org.minutebook.events.executive;

import org.minutebook.events.Person;

/**
 * A correction of a decision outside a meeting (of its forward plan entry, or of its record as taken): the step it
 * corrects given whole, why and by whom. Published as that step, corrected.
 */
public sealed interface DecisionCorrection permits KeyDecisionPlanCorrected, KeyDecisionNoticeCorrected,
        DecisionTakenCorrected, DecisionNoticeCorrected, CallInCorrected, CallInConsiderationCorrected,
        ReconsiderationCorrected {

    String reason();

    Person correctedBy();
}
