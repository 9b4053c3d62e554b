package org.minutebook.command.business;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.business.NoQuestionsReceived;
import org.minutebook.events.business.QuestionAnswered;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.business.SupplementaryQuestionAnswered;
import org.minutebook.events.business.SupplementaryQuestionAsked;
import org.minutebook.events.business.WrittenReplyPromised;
import org.minutebook.events.business.WrittenReplySent;

import java.time.LocalDate;
import java.util.List;

import static org.minutebook.command.meetings.TheMinutes.CFOSC_2_NOV_2021;
import static org.minutebook.command.meetings.TheMinutes.DIRECTOR_OF_CHILDREN_AND_FAMILY_SERVICES;
import static org.minutebook.command.meetings.TheMinutes.FRYER;
import static org.minutebook.command.meetings.TheMinutes.KAUFMAN;
import static org.minutebook.command.meetings.TheMinutes.SUE_WHITING;

/**
 * "29. Question Time.": Mrs Sue Whiting's question under Standing Order 34, Mrs H Fryer CC's reply, the
 * supplementary question and the written response promised; "30. ... no questions had been received under
 * Standing Order 7(3) and 7(5)." (Leicestershire, 2 November 2021). Written replies go out after the meeting, so
 * they are recorded as sent also once it has closed.
 */
class QuestionsRulesTest {

    private static final MeetingStory MEETING = CFOSC_2_NOV_2021;
    private static final String WHITING = "whiting-so34";
    private static final String QUESTION = "Could the Chair please explain how Panels for deciding on provision for "
            + "Children with Special Education/Health/Care Needs/Disability are appointed?";
    private static final String CHAIRMAN = "the Chairman of the Children and Families Overview and Scrutiny Committee";
    private static final String REPLY = "Panels to support decision making around SEN provision are made up of a range "
            + "of multi-agency representatives.";
    private static final String SUPPLEMENTARY = "Does each panel consist of at least seven people?";
    private static final String NO_MEMBER_QUESTIONS =
            "The Chief Executive reported that no questions had been received under Standing Order 7(3) and 7(5).";
    private static final LocalDate A_WEEK_LATER = LocalDate.of(2021, 11, 9);

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    @BeforeEach
    void setUp() {
        // Questions keeps each question's state in a class without value equality, so the fixture cannot compare
        // that map as rebuilt from the events with the one the command left; every other field is still compared.
        fixture.registerIgnoredField(Questions.class, "questions");
    }

    // --- what each command records

    @Test
    @DisplayName("Mrs Sue Whiting asks the Chairman a question under Standing Order 34")
    void askQuestion() {
        fixture.given(MEETING.inSession())
                .when(whitingAsks())
                .expectEvents(whitingAsked());
    }

    @Test
    @DisplayName("Mrs H Fryer CC replies")
    void answerQuestion() {
        fixture.given(MEETING.inSession())
                .andGiven(whitingAsked())
                .when(new AnswerQuestion(MEETING.id(), WHITING, FRYER, REPLY, null))
                .expectEvents(fryerReplied());
    }

    @Test
    @DisplayName("Mrs Whiting asks a supplementary question")
    void askSupplementaryQuestion() {
        fixture.given(MEETING.inSession())
                .andGiven(whitingAsked(), fryerReplied())
                .when(new AskSupplementaryQuestion(MEETING.id(), WHITING, SUPPLEMENTARY, null))
                .expectEvents(supplementaryAsked());
    }

    @Test
    @DisplayName("Had the Director answered the supplementary question at the meeting, the answer is recorded")
    void answerSupplementaryQuestion() {
        String answer = "Each panel includes the seven representatives listed.";
        fixture.given(MEETING.inSession())
                .andGiven(whitingAsked(), fryerReplied(), supplementaryAsked())
                .when(new AnswerSupplementaryQuestion(MEETING.id(), WHITING, DIRECTOR_OF_CHILDREN_AND_FAMILY_SERVICES,
                        answer, null))
                .expectEvents(new SupplementaryQuestionAnswered(MEETING.id(), WHITING,
                        DIRECTOR_OF_CHILDREN_AND_FAMILY_SERVICES, answer));
    }

    @Test
    @DisplayName("A written response to the supplementary question would be sent to her after the meeting")
    void promiseWrittenReply() {
        fixture.given(MEETING.inSession())
                .andGiven(whitingAsked(), fryerReplied(), supplementaryAsked())
                .when(new PromiseWrittenReply(MEETING.id(), WHITING, true, DIRECTOR_OF_CHILDREN_AND_FAMILY_SERVICES,
                        null))
                .expectEvents(writtenResponsePromised());
    }

    @Test
    @DisplayName("Item 30: no questions from members under Standing Order 7(3) and 7(5)")
    void recordNoQuestions() {
        fixture.given(MEETING.inSession())
                .when(new RecordNoQuestions(MEETING.id(), MEETING.item("30"), QuestionKind.MEMBER,
                        NO_MEMBER_QUESTIONS, null))
                .expectEvents(noMemberQuestions());
    }

    @Test
    @DisplayName("meeting-closed does not hold a reply back: the written response goes to Mrs Whiting after the close")
    void recordWrittenReplySent() {
        fixture.given(writtenResponsePromisedToMrsWhiting())
                .andGiven(MEETING.closed())
                .when(sendWrittenResponseOn(A_WEEK_LATER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(writtenResponseSentAWeekLater());
    }

    // --- the rules

    @Test
    @DisplayName("question-already-recorded: Mrs Whiting's question is recorded once")
    void questionAlreadyRecorded() {
        fixture.given(MEETING.inSession())
                .andGiven(whitingAsked())
                .when(whitingAsks())
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("question-already-recorded").at("questionId"));
    }

    @Test
    @DisplayName("unknown-question: only a question asked at this meeting is answered at it")
    void unknownQuestion() {
        fixture.given(MEETING.inSession())
                .when(new AnswerQuestion(MEETING.id(), "whiting-so35", FRYER, REPLY, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("unknown-question").at("questionId"))
                .expectExceptionMessage("No question whiting-so35 was asked at this meeting");
    }

    @Test
    @DisplayName("question-already-answered: Mrs H Fryer CC's reply stands; a second one is a correction")
    void questionAlreadyAnswered_theQuestion() {
        fixture.given(MEETING.inSession())
                .andGiven(whitingAsked(), fryerReplied())
                .when(new AnswerQuestion(MEETING.id(), WHITING, DIRECTOR_OF_CHILDREN_AND_FAMILY_SERVICES, REPLY, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("question-already-answered").at("questionId"));
    }

    @Test
    @DisplayName("question-already-answered: the supplementary question, once answered, is not answered again")
    void questionAlreadyAnswered_theSupplementaryQuestion() {
        fixture.given(MEETING.inSession())
                .andGiven(whitingAsked(), fryerReplied(), supplementaryAsked())
                .andGiven(new SupplementaryQuestionAnswered(MEETING.id(), WHITING, FRYER, REPLY))
                .when(new AnswerSupplementaryQuestion(MEETING.id(), WHITING, DIRECTOR_OF_CHILDREN_AND_FAMILY_SERVICES,
                        REPLY, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("question-already-answered").at("questionId"))
                .expectExceptionMessage("The supplementary question to whiting-so34 is already answered");
    }

    @Test
    @DisplayName("supplementary-already-asked: one supplementary question to a question")
    void supplementaryAlreadyAsked() {
        fixture.given(MEETING.inSession())
                .andGiven(whitingAsked(), fryerReplied(), supplementaryAsked())
                .when(new AskSupplementaryQuestion(MEETING.id(), WHITING, "And who appoints them?", null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("supplementary-already-asked").at("questionId"));
    }

    @Test
    @DisplayName("no-supplementary-question: a written reply to a supplementary question needs one to have been asked")
    void noSupplementaryQuestion() {
        fixture.given(MEETING.inSession())
                .andGiven(whitingAsked(), fryerReplied())
                .when(new PromiseWrittenReply(MEETING.id(), WHITING, true, DIRECTOR_OF_CHILDREN_AND_FAMILY_SERVICES,
                        null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("no-supplementary-question").at("questionId"));
    }

    @Test
    @DisplayName("written-reply-already-promised: the Director's written response is promised once")
    void writtenReplyAlreadyPromised() {
        fixture.given(writtenResponsePromisedToMrsWhiting())
                .when(new PromiseWrittenReply(MEETING.id(), WHITING, true, FRYER, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("written-reply-already-promised").at("questionId"));
    }

    @Test
    @DisplayName("questions-contradict: no member's question after \"no questions had been received\"")
    void questionsContradict_memberQuestionAfterNoMemberQuestions() {
        fixture.given(MEETING.inSession())
                .andGiven(noMemberQuestions())
                .when(new AskQuestion(MEETING.id(), MEETING.item("30"), "kaufman-7-3", QuestionKind.MEMBER, KAUFMAN,
                        CHAIRMAN, "What is the timescale for the Neurodevelopmental Pathway?", "Standing Order 7(3)",
                        false, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("questions-contradict"));
    }

    @Test
    @DisplayName("questions-contradict: after Mrs Whiting's question, \"no public questions\" is not recorded")
    void questionsContradict_noPublicQuestionsAfterMrsWhitingsQuestion() {
        fixture.given(MEETING.inSession())
                .andGiven(whitingAsked())
                .when(new RecordNoQuestions(MEETING.id(), MEETING.item("29"), QuestionKind.PUBLIC,
                        "The Chief Executive reported that no questions had been received under Standing Order 34.",
                        null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("questions-contradict"));
    }

    @Test
    @DisplayName("no-written-reply-promised: nothing was promised in writing to Mrs Whiting's first question")
    void noWrittenReplyPromised() {
        fixture.given(writtenResponsePromisedToMrsWhiting())
                .when(new RecordWrittenReplySent(MEETING.id(), WHITING, false, A_WEEK_LATER, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("no-written-reply-promised").at("questionId"));
    }

    @Test
    @DisplayName("written-reply-already-sent: the written response to Mrs Whiting is recorded as sent once")
    void writtenReplyAlreadySent() {
        fixture.given(writtenResponsePromisedToMrsWhiting())
                .andGiven(writtenResponseSentAWeekLater())
                .when(sendWrittenResponseOn(A_WEEK_LATER.plusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("written-reply-already-sent").at("questionId"));
    }

    @Test
    @DisplayName("reply-sent-before-meeting: a reply promised on 2 November 2021 was not sent on 1 November")
    void replySentBeforeMeeting() {
        fixture.given(writtenResponsePromisedToMrsWhiting())
                .when(sendWrittenResponseOn(LocalDate.of(2021, 11, 1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("reply-sent-before-meeting").at("sentOn"))
                .expectExceptionMessage("A reply promised on 2 November 2021 cannot be sent on 1 November 2021");
    }

    /** Question Time so far: asked, replied to, a supplementary question, a written response promised to it. */
    private static List<Object> writtenResponsePromisedToMrsWhiting() {
        List<Object> events = MEETING.inSession();
        events.addAll(List.of(whitingAsked(), fryerReplied(), supplementaryAsked(), writtenResponsePromised()));
        return events;
    }

    private static AskQuestion whitingAsks() {
        return new AskQuestion(MEETING.id(), MEETING.item("29"), WHITING, QuestionKind.PUBLIC, SUE_WHITING, CHAIRMAN,
                QUESTION, "Standing Order 34", false, null);
    }

    private static QuestionAsked whitingAsked() {
        return new QuestionAsked(MEETING.id(), MEETING.item("29"), WHITING, QuestionKind.PUBLIC, SUE_WHITING,
                CHAIRMAN, QUESTION, "Standing Order 34", false);
    }

    private static QuestionAnswered fryerReplied() {
        return new QuestionAnswered(MEETING.id(), WHITING, FRYER, REPLY);
    }

    private static SupplementaryQuestionAsked supplementaryAsked() {
        return new SupplementaryQuestionAsked(MEETING.id(), WHITING, SUPPLEMENTARY);
    }

    private static WrittenReplyPromised writtenResponsePromised() {
        return new WrittenReplyPromised(MEETING.id(), WHITING, true, DIRECTOR_OF_CHILDREN_AND_FAMILY_SERVICES);
    }

    private static RecordWrittenReplySent sendWrittenResponseOn(LocalDate sentOn) {
        return new RecordWrittenReplySent(MEETING.id(), WHITING, true, sentOn, null);
    }

    private static WrittenReplySent writtenResponseSentAWeekLater() {
        return new WrittenReplySent(MEETING.id(), WHITING, true, A_WEEK_LATER);
    }

    private static NoQuestionsReceived noMemberQuestions() {
        return new NoQuestionsReceived(MEETING.id(), MEETING.item("30"), QuestionKind.MEMBER, NO_MEMBER_QUESTIONS);
    }
}
