package org.minutebook.command.executive;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.events.Person;
import org.minutebook.events.executive.CallInCorrected;
import org.minutebook.events.executive.CallInRequested;
import org.minutebook.events.executive.DecisionMakerKind;
import org.minutebook.events.executive.DecisionTaken;
import org.minutebook.events.executive.DecisionTakenCorrected;
import org.minutebook.events.executive.KeyDecisionPlanCorrected;
import org.minutebook.events.executive.KeyDecisionPlanned;

import java.time.LocalDate;
import java.util.List;

import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.COUNCIL;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.DEPUTY_MAYOR;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.DEMOCRATIC_SERVICES;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.HIGHWAYS;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.PLANNED_FOR;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.calledIn;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.noticed;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.onThePlan;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.planned;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.referredBack;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.taken;

/**
 * Leicester's highways contract, corrected: its record gave the contract as five years where the award was for
 * seven, its forward plan entry named the City Mayor's Executive where the Deputy City Mayor was to decide, and its
 * call-in left off a councillor who signed it.
 */
class CorrectingExecutiveDecisionsTest {

    private static final List<Person> FOUR_COUNCILLORS = List.of(new Person(null, "Cllr Porter"),
            new Person(null, "Cllr Kitterick"), new Person(null, "Cllr Joel"), new Person(null, "Cllr Cank"));
    private static final String SEVEN_YEARS = "To award the contract to Tarmac Ltd for seven years.";
    private static final String WHY = "The award letter gives seven years";

    private FixtureConfiguration<ExecutiveDecision> fixture;

    @BeforeEach
    void setUp() {
        fixture = ExecutiveDecisionRulesTest.decisionFixture();
    }

    @Test
    @DisplayName("The record said five years; it reads seven, decided as the decision was taken, its notice kept")
    void correctTheDecisionTaken() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(correct(SEVEN_YEARS, PLANNED_FOR, DecisionMakerKind.EXECUTIVE_MEMBER))
                .expectEvents(new DecisionTakenCorrected(HIGHWAYS, takenAs(SEVEN_YEARS), WHY, DEMOCRATIC_SERVICES));
    }

    @Test
    @DisplayName("The plan named the Executive; the Deputy City Mayor was to decide")
    void correctThePlan() {
        fixture.given(planned(), onThePlan())
                .when(new CorrectKeyDecisionPlan(HIGHWAYS, plan("Deputy City Mayor", PLANNED_FOR), "Misnamed",
                        DEMOCRATIC_SERVICES))
                .expectEvents(new KeyDecisionPlanCorrected(HIGHWAYS, new KeyDecisionPlanned(HIGHWAYS, COUNCIL,
                        "Award of the highways maintenance contract", "Deputy City Mayor", PLANNED_FOR, null, null),
                        "Misnamed", DEMOCRATIC_SERVICES));
    }

    @Test
    @DisplayName("The call-in named three councillors; a fourth signed it: corrected, scrutiny's resolution kept")
    void correctTheCallIn() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn(), referredBack())
                .when(new CorrectCallIn(HIGHWAYS, callIn(LocalDate.of(2027, 1, 29)), WHY, DEMOCRATIC_SERVICES))
                .expectEvents(new CallInCorrected(HIGHWAYS, new CallInRequested(HIGHWAYS, LocalDate.of(2027, 1, 29),
                        FOUR_COUNCILLORS, calledIn().reasons()), WHY, DEMOCRATIC_SERVICES));
    }

    // --- the rules

    @Test
    void onlyACallInMadeIsCorrected() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(new CorrectCallIn(HIGHWAYS, callIn(LocalDate.of(2027, 1, 29)), WHY, DEMOCRATIC_SERVICES))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("no-call-in"));
    }

    @Test
    @DisplayName("A corrected call-in is still dated within its window: not after Tuesday 2 February")
    void aCorrectedCallInStaysInItsWindow() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn())
                .when(new CorrectCallIn(HIGHWAYS, callIn(LocalDate.of(2027, 2, 3)), WHY, DEMOCRATIC_SERVICES))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("call-in-window-closed").at("corrected.requestedOn"));
    }

    @Test
    void onlyADecisionTakenIsCorrected() {
        fixture.given(planned(), onThePlan())
                .when(correct(SEVEN_YEARS, PLANNED_FOR, DecisionMakerKind.EXECUTIVE_MEMBER))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("decision-not-taken"));
    }

    @Test
    void onlyAPlannedDecisionsPlanIsCorrected() {
        fixture.givenNoPriorActivity()
                .when(new CorrectKeyDecisionPlan(HIGHWAYS, plan("Deputy City Mayor", PLANNED_FOR), WHY,
                        DEMOCRATIC_SERVICES))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("decision-not-planned"));
    }

    @Test
    void aCorrectionMustChangeTheDecision() {
        fixture.given(planned(), onThePlan(), taken())
                .when(correct(taken().decision(), PLANNED_FOR, DecisionMakerKind.EXECUTIVE_MEMBER))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("decision-correction-changes-nothing").at("corrected"));
    }

    @Test
    @DisplayName("A corrected key decision is still decided by its notice: not earlier than 28 clear days after it")
    void aCorrectedKeyDecisionStillNeedsItsNotice() {
        fixture.given(planned(), onThePlan(), taken())
                .when(correct(SEVEN_YEARS, LocalDate.of(2026, 12, 10), DecisionMakerKind.EXECUTIVE_MEMBER))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("key-decision-without-notice").at("takenOn"));
    }

    @Test
    void aCorrectedDecisionIsNotDatedAfterItsDecisionNotice() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(correct(SEVEN_YEARS, LocalDate.of(2027, 1, 27), DecisionMakerKind.EXECUTIVE_MEMBER))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("dated-before-decision").at("corrected.takenOn"));
    }

    @Test
    @DisplayName("Its notice opened a call-in window: a correction cannot make it an officer's non-key decision")
    void callInFixedByNotice() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(new CorrectDecisionTaken(HIGHWAYS, new TakeDecision(null, null, null, DecisionMakerKind.OFFICER,
                        DEPUTY_MAYOR, null, PLANNED_FOR, null, SEVEN_YEARS, null, null, null, null, false, null, null,
                        null), WHY, DEMOCRATIC_SERVICES))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("call-in-fixed-by-notice").at("corrected"));
    }

    @Test
    @DisplayName("Its notice counted 54 clear days to 25 January: the date planned is kept")
    void planDateFixedByNotice() {
        fixture.given(planned(), onThePlan())
                .when(new CorrectKeyDecisionPlan(HIGHWAYS, plan("City Mayor's Executive", LocalDate.of(2027, 2, 1)),
                        WHY, DEMOCRATIC_SERVICES))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("plan-date-fixed-by-notice").at("corrected.plannedFor"));
    }

    @Test
    void aPlanIsCorrectedOnItsOwnCouncilsForwardPlan() {
        fixture.given(planned())
                .when(new CorrectKeyDecisionPlan(HIGHWAYS, new PlanKeyDecision(null, "Leicestershire County Council",
                        "Award of the highways maintenance contract", "City Mayor's Executive", PLANNED_FOR, null,
                        null), WHY, DEMOCRATIC_SERVICES))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("decision-of-another-council").at("corrected.council"));
    }

    private static CorrectDecisionTaken correct(String words, LocalDate takenOn, DecisionMakerKind makerKind) {
        DecisionTaken taken = taken();
        return new CorrectDecisionTaken(HIGHWAYS, new TakeDecision(null, null, null, makerKind, taken.maker(),
                taken.delegation(), takenOn, null, words, taken.reasons(), taken.alternativesRejected(), null, null,
                null, null, null, null), WHY, DEMOCRATIC_SERVICES);
    }

    private static DecisionTaken takenAs(String words) {
        DecisionTaken taken = taken();
        return new DecisionTaken(HIGHWAYS, COUNCIL, taken.title(), taken.makerKind(), taken.maker(),
                taken.delegation(), taken.takenOn(), null, words, taken.reasons(), taken.alternativesRejected(),
                taken.conflicts(), taken.dispensations(), true, null, null, null);
    }

    private static RequestCallIn callIn(LocalDate requestedOn) {
        return new RequestCallIn(null, requestedOn, FOUR_COUNCILLORS, calledIn().reasons(), null);
    }

    private static PlanKeyDecision plan(String decisionMaker, LocalDate plannedFor) {
        return new PlanKeyDecision(null, COUNCIL, "Award of the highways maintenance contract", decisionMaker,
                plannedFor, null, null);
    }
}
