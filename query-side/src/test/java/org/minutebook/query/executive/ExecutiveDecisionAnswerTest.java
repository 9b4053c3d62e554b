package org.minutebook.query.executive;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.executive.CallInConsidered;
import org.minutebook.events.executive.CallInOutcome;
import org.minutebook.events.executive.CallInRequested;
import org.minutebook.events.executive.DecisionMakerKind;
import org.minutebook.events.executive.DecisionNoticePublished;
import org.minutebook.events.executive.DecisionTaken;
import org.minutebook.events.executive.ExecutiveDecisionEvent;
import org.minutebook.events.published.OutsideMeeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Cabinet Member for Housing's decision on a lettings policy, step by step as the read model answers it. */
class ExecutiveDecisionAnswerTest {

    private static final String ID = "lettings-2027";
    private static final List<ExecutiveDecisionEvent> STEPS = List.of(
            new DecisionTaken(ID, "Leicester City Council", "Lettings policy", DecisionMakerKind.EXECUTIVE_MEMBER,
                    new Person(null, "Cllr Cutkelvin", "Cabinet Member for Housing"), null,
                    LocalDate.of(2027, 1, 11), null, "To adopt the lettings policy.", null, null, null, null, false,
                    null, null, null),
            // due on Wednesday 13th, published on Thursday 14th: late
            new DecisionNoticePublished(ID, LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 13),
                    LocalDate.of(2027, 1, 21), LocalDate.of(2027, 1, 22)),
            new CallInRequested(ID, LocalDate.of(2027, 1, 18), List.of(), null),
            new CallInConsidered(ID, LocalDate.of(2027, 1, 28), null, null, CallInOutcome.NOT_UPHELD, null,
                    LocalDate.of(2027, 1, 28)));

    @Test
    @DisplayName("Taken, noticed a day late, called in, the call-in not upheld: implementable from 28 January")
    void stages() {
        List<ExecutiveDecisionAnswer.Stage> stages = new ArrayList<>();
        List<LocalDate> implementable = new ArrayList<>();
        OutsideMeeting decision = null;
        for (ExecutiveDecisionEvent step : STEPS) {
            decision = OutsideMeeting.after(decision, step);
            ExecutiveDecisionAnswer answer = ExecutiveDecisionAnswer.of(decision, null, 0, List.of());
            stages.add(answer.stage());
            implementable.add(decision.implementableFrom());
        }

        assertThat(stages).containsExactly(ExecutiveDecisionAnswer.Stage.TAKEN,
                ExecutiveDecisionAnswer.Stage.DECISION_NOTICE_PUBLISHED, ExecutiveDecisionAnswer.Stage.CALLED_IN,
                ExecutiveDecisionAnswer.Stage.IMPLEMENTABLE);
        assertThat(implementable).containsExactly(null, LocalDate.of(2027, 1, 22), null, LocalDate.of(2027, 1, 28));
        assertThat(ExecutiveDecisionAnswer.of(decision, null, 3, List.of()).decisionNoticeLate()).isTrue();
    }
}
