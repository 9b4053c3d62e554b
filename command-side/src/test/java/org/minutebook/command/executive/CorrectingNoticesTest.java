package org.minutebook.command.executive;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.events.executive.DecisionNoticeCorrected;
import org.minutebook.events.executive.DecisionNoticePublished;
import org.minutebook.events.executive.KeyDecisionNoticeCorrected;
import org.minutebook.events.executive.KeyDecisionNoticePublished;
import org.minutebook.events.executive.NoticeKind;

import java.time.LocalDate;

import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.DEMOCRATIC_SERVICES;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.HIGHWAYS;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.calledIn;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.noticed;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.onThePlan;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.planned;
import static org.minutebook.command.executive.ExecutiveDecisionRulesTest.taken;

/**
 * Leicester's highways contract, its notices corrected: the forward plan was published on 2 December 2026, not the
 * 1st, and the decision notice went up on Wednesday 27 January 2027, not the Tuesday, so its call-in window closes a
 * day later. Each correction counts its dates again as publishing counted them.
 */
class CorrectingNoticesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 27);
    private static final String WHY = "The web page's history shows the day it went up";

    private FixtureConfiguration<ExecutiveDecision> fixture;

    @BeforeEach
    void setUp() {
        fixture = ExecutiveDecisionRulesTest.decisionFixture();
    }

    @Test
    @DisplayName("The decision notice went up on Wednesday: its call-in deadline moves to Wednesday 3 February")
    void correctTheDecisionNotice() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(decisionNoticeOn(WEDNESDAY))
                .expectEvents(new DecisionNoticeCorrected(HIGHWAYS, new DecisionNoticePublished(HIGHWAYS, WEDNESDAY,
                        LocalDate.of(2027, 1, 27), LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 4)), WHY,
                        DEMOCRATIC_SERVICES));
    }

    @Test
    @DisplayName("The forward plan went up on 2 December: 53 clear days before the 25th, not 54")
    void correctTheNoticeOnThePlan() {
        fixture.given(planned(), onThePlan())
                .when(keyNotice(1, NoticeKind.FORWARD_PLAN, LocalDate.of(2026, 12, 2), null))
                .expectEvents(new KeyDecisionNoticeCorrected(HIGHWAYS, 1, new KeyDecisionNoticePublished(HIGHWAYS,
                        NoticeKind.FORWARD_PLAN, LocalDate.of(2026, 12, 2), 53, null, null), WHY,
                        DEMOCRATIC_SERVICES));
    }

    // --- the rules, as the correction meets them

    @Test
    void onlyADecisionNoticePublishedIsCorrected() {
        fixture.given(planned(), onThePlan(), taken())
                .when(decisionNoticeOn(WEDNESDAY))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("no-decision-notice"));
    }

    @Test
    void aDecisionNoticeCorrectedToReadAsItDidChangesNothing() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(decisionNoticeOn(noticed().publishedOn()))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("decision-correction-changes-nothing").at("corrected"));
    }

    @Test
    @DisplayName("A corrected decision notice is not dated before the decision it records")
    void aCorrectedDecisionNoticeFollowsTheDecision() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(decisionNoticeOn(LocalDate.of(2027, 1, 22)))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("dated-before-decision").at("corrected.publishedOn"));
    }

    @Test
    @DisplayName("Called in on Friday 29th: a notice corrected to Monday 1 February would not have held the call-in")
    void aCorrectedDecisionNoticeStillHoldsItsCallIn() {
        fixture.given(planned(), onThePlan(), taken(), noticed(), calledIn())
                .when(decisionNoticeOn(LocalDate.of(2027, 2, 1)))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("call-in-window-closed").at("corrected.publishedOn"));
    }

    @Test
    void onlyANoticePublishedIsCorrected() {
        fixture.given(planned(), onThePlan())
                .when(keyNotice(2, NoticeKind.FORWARD_PLAN, LocalDate.of(2026, 12, 2), null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("no-notice-to-correct").at("notice"));
    }

    @Test
    @DisplayName("A notice corrected to 10 January gives 14 clear days, not the 28 the forward plan gives")
    void aCorrectedNoticeStillGivesItsClearDays() {
        fixture.given(planned(), onThePlan())
                .when(keyNotice(1, NoticeKind.FORWARD_PLAN, LocalDate.of(2027, 1, 10), null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("notice-too-late").at("corrected.publishedOn"));
    }

    @Test
    void aLateNoticeCorrectedStillSaysWhy() {
        fixture.given(planned(), onThePlan())
                .when(keyNotice(1, NoticeKind.GENERAL_EXCEPTION, LocalDate.of(2027, 1, 10), null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("late-notice-needs-reason").at("corrected.reason"));
    }

    @Test
    @DisplayName("Taken on the 25th: its only notice corrected to a private meeting's final notice allows it no more")
    void theNoticesCorrectedStillAllowTheDecisionTaken() {
        fixture.given(planned(), onThePlan(), taken())
                .when(keyNotice(1, NoticeKind.PRIVATE_MEETING_FINAL, onThePlan().publishedOn(), null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("key-decision-without-notice").at("corrected.publishedOn"));
    }

    @Test
    @DisplayName("Its decision notice gave a call-in window: the notice is not corrected to special urgency")
    void theNoticesCorrectedKeepWhetherItMayBeCalledIn() {
        fixture.given(planned(), onThePlan(), taken(), noticed())
                .when(keyNotice(1, NoticeKind.SPECIAL_URGENCY, LocalDate.of(2027, 1, 22), "Storm damage"))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("call-in-fixed-by-notice").at("corrected.kind"));
    }

    private static CorrectDecisionNotice decisionNoticeOn(LocalDate publishedOn) {
        return new CorrectDecisionNotice(HIGHWAYS, new PublishDecisionNotice(null, publishedOn, null), WHY,
                DEMOCRATIC_SERVICES);
    }

    private static CorrectKeyDecisionNotice keyNotice(int number, NoticeKind kind, LocalDate publishedOn,
                                                      String reason) {
        return new CorrectKeyDecisionNotice(HIGHWAYS, String.valueOf(number), new PublishKeyDecisionNotice(null, kind, publishedOn,
                reason, null, null), WHY, DEMOCRATIC_SERVICES);
    }
}
