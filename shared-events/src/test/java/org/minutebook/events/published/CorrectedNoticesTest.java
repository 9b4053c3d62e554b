package org.minutebook.events.published;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.executive.CallInRequested;
import org.minutebook.events.executive.DecisionMakerKind;
import org.minutebook.events.executive.DecisionNoticeCorrected;
import org.minutebook.events.executive.DecisionNoticePublished;
import org.minutebook.events.executive.DecisionTaken;
import org.minutebook.events.executive.ExecutiveDecisionEvent;
import org.minutebook.events.executive.KeyDecisionNoticeCorrected;
import org.minutebook.events.executive.KeyDecisionNoticePublished;
import org.minutebook.events.executive.KeyDecisionPlanned;
import org.minutebook.events.executive.NoticeKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The libraries review, a key decision planned for 25 January 2027 with two notices and its decision notice on the
 * 26th: its notices corrected, read as the feed and the read model fold them.
 */
class CorrectedNoticesTest {

    private static final String ID = "libraries-review";
    private static final LocalDate PLANNED_FOR = LocalDate.of(2027, 1, 25);
    private static final Person CLERK = new Person("jacob-mann", "Jacob Mann");
    private static final DecisionNoticePublished ON_WEDNESDAY = new DecisionNoticePublished(ID,
            LocalDate.of(2027, 1, 27), LocalDate.of(2027, 1, 27), LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 4));

    @Test
    @DisplayName("The decision notice corrected to Wednesday: its deadline and the day it may be implemented move")
    void theDecisionNoticeCorrected() {
        OutsideMeeting decision = OutsideMeeting.of(story(new DecisionNoticeCorrected(ID, ON_WEDNESDAY, "Misdated",
                CLERK)));
        assertThat(decision.decisionNotice()).isEqualTo(new DecisionNotice(LocalDate.of(2027, 1, 27),
                LocalDate.of(2027, 1, 27), LocalDate.of(2027, 2, 3)));
        assertThat(decision.implementableFrom()).isEqualTo(LocalDate.of(2027, 2, 4));
    }

    @Test
    @DisplayName("Called in before the correction: it may not be implemented until scrutiny considers it, still")
    void theDecisionNoticeCorrectedAfterACallIn() {
        OutsideMeeting decision = OutsideMeeting.of(story(new CallInRequested(ID, LocalDate.of(2027, 1, 29),
                List.of(), null), new DecisionNoticeCorrected(ID, ON_WEDNESDAY, "Misdated", CLERK)));
        assertThat(decision.decisionNotice().callInDeadline()).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(decision.implementableFrom()).isNull();
    }

    @Test
    @DisplayName("The first notice corrected in its place; the second kept")
    void aNoticeCorrectedInItsPlace() {
        KeyDecisionNoticePublished corrected = new KeyDecisionNoticePublished(ID, NoticeKind.PRIVATE_MEETING,
                LocalDate.of(2026, 12, 2), 53, null, null);
        OutsideMeeting decision = OutsideMeeting.of(story(new KeyDecisionNoticeCorrected(ID, 1, corrected,
                "It gave notice of a private meeting", CLERK)));
        assertThat(decision.forwardPlan().notices()).extracting(Notice::kind)
                .containsExactly(NoticeKind.PRIVATE_MEETING, NoticeKind.PRIVATE_MEETING_FINAL);
        assertThat(decision.forwardPlan().notices().get(0).clearDays()).isEqualTo(53);
    }

    private static List<ExecutiveDecisionEvent> story(ExecutiveDecisionEvent... then) {
        List<ExecutiveDecisionEvent> events = new ArrayList<>(List.of(
                new KeyDecisionPlanned(ID, "Leicester City Council", "Libraries review", "City Mayor", PLANNED_FOR,
                        null, null),
                new KeyDecisionNoticePublished(ID, NoticeKind.FORWARD_PLAN, LocalDate.of(2026, 12, 1), 54, null,
                        null),
                new KeyDecisionNoticePublished(ID, NoticeKind.PRIVATE_MEETING_FINAL, LocalDate.of(2027, 1, 15), 9,
                        null, null),
                new DecisionTaken(ID, "Leicester City Council", "Libraries review", DecisionMakerKind.EXECUTIVE_MEMBER,
                        new Person(null, "Sir Peter Soulsby", "City Mayor"), null, PLANNED_FOR, null,
                        "To consult on the review.", null, null, null, null, true, null, null, null),
                new DecisionNoticePublished(ID, LocalDate.of(2027, 1, 26), LocalDate.of(2027, 1, 27),
                        LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 3))));
        events.addAll(List.of(then));
        return events;
    }
}
