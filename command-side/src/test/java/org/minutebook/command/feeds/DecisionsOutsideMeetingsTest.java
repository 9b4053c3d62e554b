package org.minutebook.command.feeds;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.events.executive.CallInConsidered;
import org.minutebook.events.executive.CallInOutcome;
import org.minutebook.events.executive.DecisionReconsidered;
import org.minutebook.events.executive.KeyDecisionPlanCorrected;
import org.minutebook.events.executive.KeyDecisionPlanned;
import org.minutebook.events.executive.Reconsideration;
import org.minutebook.events.Person;
import org.minutebook.events.published.Correction;
import org.minutebook.events.published.PublishedDecision.Kind;
import org.minutebook.events.published.PublishedDecision.Outcome;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Each step of a decision outside a meeting is published as what it is: the highways contract, called in. */
class DecisionsOutsideMeetingsTest {

    private static final String HIGHWAYS = "highways-2027";

    @Test
    @DisplayName("On the forward plan, in private for commercial reasons")
    void planned() {
        assertThat(DecisionsOutsideMeetings.stepOf(new KeyDecisionPlanned(HIGHWAYS, "Leicester City Council",
                "Highways contract", null, null, "Paragraph 3: the tenders", null)))
                .isEqualTo(new DecisionsOutsideMeetings.Step(Kind.KEY_DECISION_PLANNED, Outcome.PLANNED,
                        "Paragraph 3: the tenders"));
    }

    @Test
    @DisplayName("Its forward plan entry corrected: published as the plan, corrected, saying why and by whom")
    void planCorrected() {
        Person clerk = new Person("kalvaran-sandhu", "Kalvaran Sandhu");
        assertThat(DecisionsOutsideMeetings.stepOf(new KeyDecisionPlanCorrected(HIGHWAYS, new KeyDecisionPlanned(
                HIGHWAYS, "Leicester City Council", "Highways contract", "Deputy City Mayor", null, null, null),
                "Misnamed", clerk)))
                .isEqualTo(new DecisionsOutsideMeetings.Step(Kind.KEY_DECISION_PLANNED, Outcome.PLANNED, null,
                        new Correction(null, "Misnamed", clerk, null)));
    }

    @Test
    @DisplayName("A call-in referred back is upheld; one with no further action is not")
    void callInConsidered() {
        assertThat(DecisionsOutsideMeetings.stepOf(new CallInConsidered(HIGHWAYS, LocalDate.of(2027, 2, 4), null,
                null, CallInOutcome.REFERRED_BACK, null, null)).outcome()).isEqualTo(Outcome.CALL_IN_UPHELD);
        assertThat(DecisionsOutsideMeetings.stepOf(new CallInConsidered(HIGHWAYS, LocalDate.of(2027, 2, 4), null,
                null, CallInOutcome.NOT_UPHELD, null, LocalDate.of(2027, 2, 4))).outcome())
                .isEqualTo(Outcome.CALL_IN_NOT_UPHELD);
    }

    @Test
    @DisplayName("Reconsidered and revoked")
    void reconsidered() {
        assertThat(DecisionsOutsideMeetings.stepOf(new DecisionReconsidered(HIGHWAYS, LocalDate.of(2027, 2, 10),
                Reconsideration.REVOKED, null, "The budget was withdrawn.", null)))
                .isEqualTo(new DecisionsOutsideMeetings.Step(Kind.DECISION_RECONSIDERED, Outcome.REVOKED,
                        "The budget was withdrawn."));
    }
}
