package org.minutebook.command.executive;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.calendar.CouncilCalendars;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.events.Person;
import org.minutebook.events.executive.CallInConsidered;
import org.minutebook.events.executive.CallInOutcome;
import org.minutebook.events.executive.CallInRequested;
import org.minutebook.events.executive.DecisionMakerKind;
import org.minutebook.events.executive.DecisionNoticePublished;
import org.minutebook.events.executive.DecisionReconsidered;
import org.minutebook.events.executive.DecisionTaken;
import org.minutebook.events.executive.KeyDecisionNoticePublished;
import org.minutebook.events.executive.KeyDecisionPlanned;
import org.minutebook.events.executive.NoticeKind;
import org.minutebook.events.executive.Reconsideration;

import java.time.LocalDate;
import java.util.List;

/**
 * Leicester City Council's forward plan: the award of the highways maintenance contract, a key decision of the
 * City Mayor's Executive planned for Monday 25 January 2027, published on the plan on 1 December 2026, taken on the
 * day, its decision notice published on Tuesday 26th, called in on Friday 29th by three councillors, and referred
 * back by the Overview Select Committee on 4 February. Beside it, an officer's delegated decision on a road closure.
 */
class ExecutiveDecisionRulesTest {

    static final String COUNCIL = "Leicester City Council";
    static final String HIGHWAYS = "highways-maintenance-2027";
    static final String ROAD_CLOSURE = "od-2026-311";
    static final LocalDate PLANNED_FOR = LocalDate.of(2027, 1, 25);
    static final LocalDate ON_THE_PLAN = LocalDate.of(2026, 12, 1);
    static final LocalDate NOTICE_DAY = LocalDate.of(2027, 1, 26);
    static final Person DEPUTY_MAYOR = new Person("cllr-clair", "Cllr Piara Singh Clair", "Deputy City Mayor");
    static final Person DIRECTOR = new Person(null, "Martin Fletcher", "Director of Highways");
    static final Person DEMOCRATIC_SERVICES = new Person("kalvaran-sandhu", "Kalvaran Sandhu",
            "Democratic Services Manager");

    private FixtureConfiguration<ExecutiveDecision> fixture;

    @BeforeEach
    void setUp() {
        fixture = decisionFixture();
    }

    /** A decision's fixture: every council served, the default calendars. */
    static FixtureConfiguration<ExecutiveDecision> decisionFixture() {
        FixtureConfiguration<ExecutiveDecision> fixture = new AggregateTestFixture<>(ExecutiveDecision.class);
        fixture.registerInjectableResource(CouncilScope.NOT_CHECKED);
        fixture.registerInjectableResource(CouncilCalendars.defaults());
        return fixture;
    }

    static KeyDecisionPlanned planned() {
        return new KeyDecisionPlanned(HIGHWAYS, COUNCIL, "Award of the highways maintenance contract",
                "City Mayor's Executive", PLANNED_FOR, null, null);
    }

    static KeyDecisionNoticePublished onThePlan() {
        return new KeyDecisionNoticePublished(HIGHWAYS, NoticeKind.FORWARD_PLAN, ON_THE_PLAN, 54, null, null);
    }

    static DecisionTaken taken() {
        return new DecisionTaken(HIGHWAYS, COUNCIL, "Award of the highways maintenance contract",
                DecisionMakerKind.EXECUTIVE_MEMBER, DEPUTY_MAYOR, "Executive arrangements, delegation to the Deputy"
                + " City Mayor", PLANNED_FOR, null, "To award the contract to Tarmac Ltd for five years.",
                "The most economically advantageous tender.", "Bringing the work in house: rejected on cost.",
                List.of(), List.of(), true, null, null, null);
    }

    static DecisionNoticePublished noticed() {
        // 2 working days after Monday 25th: Wednesday 27th; five after Tuesday 26th: Tuesday 2 February
        return new DecisionNoticePublished(HIGHWAYS, NOTICE_DAY, LocalDate.of(2027, 1, 27), LocalDate.of(2027, 2, 2),
                LocalDate.of(2027, 2, 3));
    }

    static CallInRequested calledIn() {
        return new CallInRequested(HIGHWAYS, LocalDate.of(2027, 1, 29), List.of(new Person(null, "Cllr Porter"),
                new Person(null, "Cllr Kitterick"), new Person(null, "Cllr Joel")), "The tender evaluation was not"
                + " published.");
    }

    static CallInConsidered referredBack() {
        return new CallInConsidered(HIGHWAYS, LocalDate.of(2027, 2, 4), "overview-select-committee", null,
                CallInOutcome.REFERRED_BACK, "The evaluation should be published before the award.", null);
    }

    // --- what each command records

    @Test
    @DisplayName("The award is entered on the forward plan for 25 January 2027")
    void planKeyDecision() {
        fixture.givenNoPriorActivity()
                .when(new PlanKeyDecision(HIGHWAYS, COUNCIL, "Award of the highways maintenance contract",
                        "City Mayor's Executive", PLANNED_FOR, null, null))
                .expectEvents(planned());
    }

    @Test
    @DisplayName("Published on the plan on 1 December, 54 clear days before the decision")
    void publishNotice() {
        fixture.given(planned())
                .when(new PublishKeyDecisionNotice(HIGHWAYS, NoticeKind.FORWARD_PLAN, ON_THE_PLAN, null, null, null))
                .expectEvents(onThePlan());
    }

    @Test
    @DisplayName("The Deputy City Mayor takes the decision; being planned, it is a key decision")
    void takeThePlannedDecision() {
        fixture.given(planned(), onThePlan())
                .when(new TakeDecision(HIGHWAYS, null, null, DecisionMakerKind.EXECUTIVE_MEMBER, DEPUTY_MAYOR,
                        "Executive arrangements, delegation to the Deputy City Mayor", PLANNED_FOR, null,
                        "To award the contract to Tarmac Ltd for five years.",
                        "The most economically advantageous tender.", "Bringing the work in house: rejected on cost.",
                        null, null, null, null, null, null))
                .expectEvents(taken());
    }

    @Test
    @DisplayName("The decision notice gives a call-in deadline five working days on, and the day after to implement")
    void publishDecisionNotice() {
        fixture.given(planned(), onThePlan(), taken())
                .when(new PublishDecisionNotice(HIGHWAYS, NOTICE_DAY, null))
                .expectEvents(noticed());
    }

    @Test
    @DisplayName("Three councillors call it in on 29 January; it may not be implemented until considered")
    void callIn() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(new RequestCallIn(HIGHWAYS, LocalDate.of(2027, 1, 29), calledIn().requestedBy(),
                        "The tender evaluation was not published.", null))
                .expectEvents(calledIn());
    }

    @Test
    @DisplayName("The Overview Select Committee upholds the call-in and refers the decision back")
    void considerCallIn() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn())
                .when(new ConsiderCallIn(HIGHWAYS, LocalDate.of(2027, 2, 4), "overview-select-committee", null,
                        CallInOutcome.REFERRED_BACK, "The evaluation should be published before the award.", null))
                .expectEvents(referredBack());
    }

    @Test
    @DisplayName("A call-in not upheld lets the decision be implemented from the day it was considered")
    void callInNotUpheld() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn())
                .when(new ConsiderCallIn(HIGHWAYS, LocalDate.of(2027, 2, 4), null, null, CallInOutcome.NOT_UPHELD,
                        null, null))
                .expectEvents(new CallInConsidered(HIGHWAYS, LocalDate.of(2027, 2, 4), null, null,
                        CallInOutcome.NOT_UPHELD, null, LocalDate.of(2027, 2, 4)));
    }

    @Test
    @DisplayName("The Deputy City Mayor confirms it on 10 February: the implementation date moves to that day")
    void reconsider() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn(), referredBack())
                .when(new ReconsiderDecision(HIGHWAYS, LocalDate.of(2027, 2, 10), Reconsideration.CONFIRMED, null,
                        "The evaluation is now published.", null))
                .expectEvents(new DecisionReconsidered(HIGHWAYS, LocalDate.of(2027, 2, 10), Reconsideration.CONFIRMED,
                        null, "The evaluation is now published.", LocalDate.of(2027, 2, 10)));
    }

    @Test
    @DisplayName("An officer's road closure, not a key decision: effective on the day, never called in")
    void officersDecision() {
        DecisionTaken closure = new DecisionTaken(ROAD_CLOSURE, COUNCIL, "Temporary closure of Belgrave Gate",
                DecisionMakerKind.OFFICER, DIRECTOR, "Scheme of delegation, Part 3, para 4.2",
                LocalDate.of(2026, 12, 3), null, "To close Belgrave Gate from 7 to 11 December.", null, null,
                List.of(), List.of(), false, null, null, null);
        fixture.given(closure)
                .when(new PublishDecisionNotice(ROAD_CLOSURE, LocalDate.of(2026, 12, 4), null))
                .expectEvents(new DecisionNoticePublished(ROAD_CLOSURE, LocalDate.of(2026, 12, 4),
                        LocalDate.of(2026, 12, 7), null, LocalDate.of(2026, 12, 3)));
    }

    // --- the rules, one story each

    @Test
    void decisionAlreadyPlanned() {
        fixture.given(planned())
                .when(new PlanKeyDecision(HIGHWAYS, COUNCIL, "Award of the highways contract", null, null, null, null))
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("decision-already-planned"));
    }

    @Test
    void decisionNotPlanned() {
        fixture.given(taken())
                .when(new PublishKeyDecisionNotice(HIGHWAYS, NoticeKind.FORWARD_PLAN, ON_THE_PLAN, null, null, null))
                .expectException(BrokenRule.conflict("decision-not-planned").at("kind"));
    }

    @Test
    @DisplayName("Published on the plan on 5 January, 19 clear days before: too late for a forward plan notice")
    void noticeTooLate() {
        fixture.given(planned())
                .when(new PublishKeyDecisionNotice(HIGHWAYS, NoticeKind.FORWARD_PLAN, LocalDate.of(2027, 1, 5), null,
                        null, null))
                .expectException(BrokenRule.conflict("notice-too-late").at("publishedOn"));
    }

    @Test
    void lateNoticeNeedsReason() {
        fixture.given(planned())
                .when(new PublishKeyDecisionNotice(HIGHWAYS, NoticeKind.SPECIAL_URGENCY, LocalDate.of(2027, 1, 20),
                        null, "Cllr Cank", null))
                .expectException(BrokenRule.invalid("late-notice-needs-reason").at("reason"));
    }

    @Test
    @DisplayName("A general exception notice 5 clear days before lets it be taken without 28 days on the plan")
    void generalException() {
        fixture.given(planned())
                .when(new PublishKeyDecisionNotice(HIGHWAYS, NoticeKind.GENERAL_EXCEPTION, LocalDate.of(2027, 1, 19),
                        "The tenders were returned late.", "Cllr Cank", null))
                .expectEvents(new KeyDecisionNoticePublished(HIGHWAYS, NoticeKind.GENERAL_EXCEPTION,
                        LocalDate.of(2027, 1, 19), 5, "The tenders were returned late.", "Cllr Cank"));
    }

    @Test
    void keyDecisionWithoutNotice() {
        fixture.given(planned())
                .when(takeOn(PLANNED_FOR))
                .expectException(BrokenRule.conflict("key-decision-without-notice").at("takenOn"));
    }

    @Test
    void decisionNeedsCouncil() {
        fixture.givenNoPriorActivity()
                .when(new TakeDecision(ROAD_CLOSURE, null, "Temporary closure of Belgrave Gate",
                        DecisionMakerKind.OFFICER, DIRECTOR, null, LocalDate.of(2026, 12, 3), null,
                        "To close Belgrave Gate.", null, null, null, null, false, null, null, null))
                .expectException(BrokenRule.invalid("decision-needs-council").at("council"));
    }

    @Test
    void decisionAlreadyTaken() {
        fixture.given(planned(), onThePlan(), taken())
                .when(takeOn(PLANNED_FOR))
                .expectException(BrokenRule.conflict("decision-already-taken"));
    }

    @Test
    void decisionOfAnotherCouncil() {
        fixture.given(planned(), onThePlan())
                .when(new TakeDecision(HIGHWAYS, "Rutland County Council", null, DecisionMakerKind.EXECUTIVE, null,
                        null, PLANNED_FOR, null, "To award the contract.", null, null, null, null, null, null, null,
                        null))
                .expectException(BrokenRule.conflict("decision-of-another-council").at("council"));
    }

    @Test
    void decisionNotTaken() {
        fixture.given(planned(), onThePlan())
                .when(new PublishDecisionNotice(HIGHWAYS, NOTICE_DAY, null))
                .expectException(BrokenRule.conflict("decision-not-taken"));
    }

    @Test
    void datedBeforeDecision() {
        fixture.given(planned(), onThePlan(), taken())
                .when(new PublishDecisionNotice(HIGHWAYS, LocalDate.of(2027, 1, 22), null))
                .expectException(BrokenRule.invalid("dated-before-decision").at("publishedOn"));
    }

    @Test
    void decisionNoticeAlreadyPublished() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(new PublishDecisionNotice(HIGHWAYS, NOTICE_DAY, null))
                .expectException(BrokenRule.conflict("decision-notice-already-published"));
    }

    @Test
    void noDecisionNotice() {
        fixture.given(planned(), onThePlan(), taken())
                .when(new RequestCallIn(HIGHWAYS, LocalDate.of(2027, 1, 26), null, null, null))
                .expectException(BrokenRule.conflict("no-decision-notice"));
    }

    @Test
    @DisplayName("Called in on Wednesday 3 February, the day after the window closed")
    void callInWindowClosed() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(new RequestCallIn(HIGHWAYS, LocalDate.of(2027, 2, 3), null, null, null))
                .expectException(BrokenRule.conflict("call-in-window-closed").at("requestedOn"));
    }

    @Test
    @DisplayName("Special urgency: the decision notice gives no call-in window, and a call-in is refused")
    void notSubjectToCallIn() {
        KeyDecisionNoticePublished urgent = new KeyDecisionNoticePublished(HIGHWAYS, NoticeKind.SPECIAL_URGENCY,
                LocalDate.of(2027, 1, 22), 2, "Storm damage", "Cllr Cank");
        DecisionNoticePublished noWindow = new DecisionNoticePublished(HIGHWAYS, NOTICE_DAY, LocalDate.of(2027, 1, 27),
                null, PLANNED_FOR);
        fixture.given(planned(), urgent, taken())
                .when(new PublishDecisionNotice(HIGHWAYS, NOTICE_DAY, null))
                .expectEvents(noWindow);
        fixture.given(planned(), urgent, taken(), noWindow)
                .when(new RequestCallIn(HIGHWAYS, LocalDate.of(2027, 1, 27), null, null, null))
                .expectException(BrokenRule.conflict("not-subject-to-call-in"));
    }

    @Test
    void callInAlreadyMade() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn())
                .when(new RequestCallIn(HIGHWAYS, LocalDate.of(2027, 1, 29), null, null, null))
                .expectException(BrokenRule.conflict("call-in-already-made"));
    }

    @Test
    void noCallIn() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(new ConsiderCallIn(HIGHWAYS, LocalDate.of(2027, 2, 4), null, null, CallInOutcome.NOT_UPHELD,
                        null, null))
                .expectException(BrokenRule.conflict("no-call-in"));
    }

    @Test
    void callInAlreadyConsidered() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn(), referredBack())
                .when(new ConsiderCallIn(HIGHWAYS, LocalDate.of(2027, 2, 5), null, null, CallInOutcome.NOT_UPHELD,
                        null, null))
                .expectException(BrokenRule.conflict("call-in-already-considered"));
    }

    @Test
    void notReferredBack() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn())
                .when(new ReconsiderDecision(HIGHWAYS, LocalDate.of(2027, 2, 10), Reconsideration.CONFIRMED, null,
                        null, null))
                .expectException(BrokenRule.conflict("not-referred-back"));
    }

    @Test
    void alreadyReconsidered() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn(), referredBack(),
                        new DecisionReconsidered(HIGHWAYS, LocalDate.of(2027, 2, 10), Reconsideration.REVOKED, null,
                                null, null))
                .when(new ReconsiderDecision(HIGHWAYS, LocalDate.of(2027, 2, 11), Reconsideration.CONFIRMED, null,
                        null, null))
                .expectException(BrokenRule.conflict("already-reconsidered"));
    }

    private static TakeDecision takeOn(LocalDate day) {
        return new TakeDecision(HIGHWAYS, null, null, DecisionMakerKind.EXECUTIVE, null, null, day, null,
                "To award the contract.", null, null, null, null, null, null, null, null);
    }
}
