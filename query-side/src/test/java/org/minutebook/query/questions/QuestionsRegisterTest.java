package org.minutebook.query.questions;

import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.business.QuestionAnswered;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.business.SupplementaryQuestionAsked;
import org.minutebook.events.business.WrittenReplyPromised;
import org.minutebook.events.business.WrittenReplySent;
import org.minutebook.query.record.MeetingStory;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.FRYER;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** Questions with what followed them; a written reply promised is outstanding until recorded as sent. */
class QuestionsRegisterTest {

    private static final Person DIRECTOR = new Person("director-cfs", "Director of Children and Family Services");
    private final QuestionsRegister register = new QuestionsRegister();

    @Test
    void mrsWhitingsQuestionKeepsItsAnswerAndSupplementaryAndIsOutstandingUntilTheWrittenReplyIsSent() {
        MeetingStory story = ofAMeeting().then(scheduled(), item("29", 1), opened(),
                new QuestionAsked(MEETING, "item-29", "q-whiting", QuestionKind.PUBLIC,
                        new Person(null, "Mrs Sue Whiting"), "the Chairman", "Could the Chair explain?",
                        "Standing Order 34", false),
                new QuestionAnswered(MEETING, "q-whiting", FRYER, "Panels are multi-agency."),
                new SupplementaryQuestionAsked(MEETING, "q-whiting", "Mrs Whiting asked for clarification."),
                new WrittenReplyPromised(MEETING, "q-whiting", true, DIRECTOR));

        QuestionRow question = register.rowsOf(story.record()).get(0);
        assertThat(question.replies().answer().text()).isEqualTo("Panels are multi-agency.");
        assertThat(question.replies().supplementary().text()).isEqualTo("Mrs Whiting asked for clarification.");
        assertThat(question.replies().supplementaryWrittenReply().promisedBy()).isEqualTo(DIRECTOR);
        assertThat(question.outstandingReply()).isTrue();

        story.then(new WrittenReplySent(MEETING, "q-whiting", true, LocalDate.of(2021, 11, 16)));

        assertThat(register.rowsOf(story.record()).get(0).outstandingReply()).isFalse();
    }
}
