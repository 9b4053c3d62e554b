package org.minutebook.command.executive;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.events.executive.CallInConsiderationCorrected;
import org.minutebook.events.executive.CallInConsidered;
import org.minutebook.events.executive.CallInOutcome;
import org.minutebook.events.executive.DecisionReconsidered;
import org.minutebook.events.executive.Reconsideration;
import org.minutebook.events.executive.ReconsiderationCorrected;

import java.time.LocalDate;

import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.DEMOCRATIC_SERVICES;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.HIGHWAYS;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.calledIn;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.noticed;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.onThePlan;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.planned;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.referredBack;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.taken;

/**
 * Leicester's highways contract after its call-in, corrected: the Overview Select Committee met on Friday 5 February,
 * not the 4th, and did not uphold the call-in; and where it was upheld, the Deputy City Mayor varied the award on the
 * 11th rather than confirming it on the 10th. Each correction counts again the day the decision may be implemented.
 */
class CorrectingScrutinyOfACallInTest {

    private static final LocalDate FRIDAY = LocalDate.of(2027, 2, 5);
    private static final String WHY = "As the committee's minutes read";
    private static final String VARIED = "To award the contract to Tarmac Ltd for five years, the evaluation"
            + " published first.";

    private FixtureConfiguration<ExecutiveDecision> fixture;

    @BeforeEach
    void setUp() {
        fixture = ExecutiveDecisionRulesTest.decisionFixture();
    }

    static DecisionReconsidered confirmed() {
        return new DecisionReconsidered(HIGHWAYS, LocalDate.of(2027, 2, 10), Reconsideration.CONFIRMED, null,
                "The evaluation is published.", LocalDate.of(2027, 2, 10));
    }

    @Test
    @DisplayName("Scrutiny met on Friday 5th and did not uphold the call-in: implementable from that day")
    void correctTheConsideration() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn(), referredBack())
                .when(consideration(FRIDAY, CallInOutcome.NOT_UPHELD))
                .expectEvents(new CallInConsiderationCorrected(HIGHWAYS, new CallInConsidered(HIGHWAYS, FRIDAY,
                        "overview-select-committee", null, CallInOutcome.NOT_UPHELD, referredBack().reasons(), FRIDAY),
                        WHY, DEMOCRATIC_SERVICES));
    }

    @Test
    @DisplayName("The award was varied on the 11th, not confirmed on the 10th: implementable from the 11th")
    void correctTheReconsideration() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn(), referredBack(), confirmed())
                .when(reconsideration(LocalDate.of(2027, 2, 11), Reconsideration.VARIED, VARIED))
                .expectEvents(new ReconsiderationCorrected(HIGHWAYS, new DecisionReconsidered(HIGHWAYS,
                        LocalDate.of(2027, 2, 11), Reconsideration.VARIED, VARIED, confirmed().reasons(),
                        LocalDate.of(2027, 2, 11)), WHY, DEMOCRATIC_SERVICES));
    }

    // --- the rules, as the corrections meet them

    @Test
    void onlyAConsiderationRecordedIsCorrected() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn())
                .when(consideration(FRIDAY, CallInOutcome.NOT_UPHELD))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("no-consideration-to-correct"));
    }

    @Test
    void aConsiderationCorrectedToReadAsItDidChangesNothing() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn(), referredBack())
                .when(consideration(referredBack().consideredOn(), CallInOutcome.REFERRED_BACK))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("decision-correction-changes-nothing").at("corrected"));
    }

    @Test
    @DisplayName("A corrected consideration is not dated before the call-in of Friday 29 January")
    void aCorrectedConsiderationFollowsTheCallIn() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn(), referredBack())
                .when(consideration(LocalDate.of(2027, 1, 28), CallInOutcome.REFERRED_BACK))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("dated-before-decision").at("corrected.consideredOn"));
    }

    @Test
    @DisplayName("Reconsidered as referred back: the consideration is not corrected to a call-in not upheld")
    void aConsiderationReconsideredStaysUpheld() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn(), referredBack(), confirmed())
                .when(consideration(FRIDAY, CallInOutcome.NOT_UPHELD))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("not-referred-back").at("corrected.outcome"));
    }

    @Test
    void onlyAReconsiderationRecordedIsCorrected() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn(), referredBack())
                .when(reconsideration(LocalDate.of(2027, 2, 11), Reconsideration.VARIED, VARIED))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("no-reconsideration-to-correct"));
    }

    @Test
    @DisplayName("A corrected reconsideration is not dated before the referral back of 4 February")
    void aCorrectedReconsiderationFollowsTheReferral() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn(), referredBack(), confirmed())
                .when(reconsideration(LocalDate.of(2027, 2, 3), Reconsideration.CONFIRMED, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("dated-before-decision").at("corrected.reconsideredOn"));
    }

    private static CorrectCallInConsideration consideration(LocalDate consideredOn, CallInOutcome outcome) {
        return new CorrectCallInConsideration(HIGHWAYS, new ConsiderCallIn(null, consideredOn,
                "overview-select-committee", null, outcome, referredBack().reasons(), null), WHY, DEMOCRATIC_SERVICES);
    }

    private static CorrectReconsideration reconsideration(LocalDate on, Reconsideration outcome, String decision) {
        return new CorrectReconsideration(HIGHWAYS, new ReconsiderDecision(null, on, outcome, decision,
                confirmed().reasons(), null), WHY, DEMOCRATIC_SERVICES);
    }
}
