package org.minutebook.events.published;

import org.minutebook.events.executive.DecisionReconsidered;
import org.minutebook.events.executive.Reconsideration;

import java.time.LocalDate;

/**
 * A reconsideration (see {@link DecisionReconsidered}).
 *
 * @param reconsideredOn the day
 * @param outcome        confirmed, varied or revoked
 * @param decision       the decision as varied, or null
 * @param reasons        the reasons, or null
 */
public record Reconsidered(LocalDate reconsideredOn, Reconsideration outcome, String decision, String reasons) {
}
