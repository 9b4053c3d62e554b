package org.minutebook.query.record;

import org.junit.jupiter.api.Test;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.corrections.FactCorrected;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule event-too-deep: nothing nested beyond what MongoDB stores reaches it. */
class NestingBoundTest {

    @Test
    void aCorrectionOfAnApologyNested900DeepIsRefusedWhileTheApologyItselfPasses() {
        ApologyRecorded apology = new ApologyRecorded(MeetingStory.MEETING, MeetingStory.BENTLEY, "unwell");
        FactCorrected tooDeep = new FactCorrected(MeetingStory.MEETING, 2, "minutebook.ApologyRecorded",
                nested(900), "The member's name was misspelt", MeetingStory.FRYER, null);

        assertThatCode(() -> NestingBound.check(apology)).doesNotThrowAnyException();
        assertThatThrownBy(() -> NestingBound.check(tooDeep))
                .isInstanceOf(NestingBound.EventTooDeep.class)
                .hasMessageStartingWith(NestingBound.RULE + ": a FactCorrected nested 901 levels deep");
        assertThat(NestingBound.depthOf(apology)).isEqualTo(2);
    }

    private static Map<String, Object> nested(int levels) {
        Map<String, Object> member = Map.of("name", "Mr. I. E. G. Bentley CC");
        for (int level = 1; level < levels; level++) {
            member = Map.of("member", member);
        }
        return member;
    }
}
