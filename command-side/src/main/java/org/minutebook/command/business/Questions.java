package org.minutebook.command.business;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.kernel.MeetingState;
import org.minutebook.events.business.NoQuestionsReceived;
import org.minutebook.events.business.QuestionAnswered;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.business.SupplementaryQuestionAnswered;
import org.minutebook.events.business.SupplementaryQuestionAsked;
import org.minutebook.events.business.WrittenReplyPromised;
import org.minutebook.events.business.WrittenReplySent;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import static org.minutebook.command.kernel.WrittenTimes.written;

/**
 * Questions from the public and from members: each answered once, at most one supplementary question, and a
 * written reply promised at most once for each.
 */
public final class Questions {

    private final MeetingState state;
    private final Agenda agenda;
    private final Map<String, Question> questions = new HashMap<>();
    private final Set<QuestionKind> noneReceived = EnumSet.noneOf(QuestionKind.class);
    private final Set<QuestionKind> asked = EnumSet.noneOf(QuestionKind.class);

    public Questions(MeetingState state, Agenda agenda) {
        this.state = state;
        this.agenda = agenda;
    }

    @CommandHandler
    void handle(AskQuestion command) {
        state.requireRecordable();
        agenda.requireItem(command.itemId(), "itemId");
        if (questions.containsKey(command.questionId())) {
            throw QuestionRules.QUESTION_ALREADY_RECORDED.broken("Question " + command.questionId()
                    + " is already recorded").at("questionId");
        }
        if (noneReceived.contains(command.kind())) {
            throw contradiction(command.kind());
        }
        apply(new QuestionAsked(state.meetingId(), command.itemId(), command.questionId(), command.kind(),
                command.askedBy(), command.askedOf(), command.text(), command.standingOrder(),
                command.atChairsDiscretion()));
    }

    @CommandHandler
    void handle(AnswerQuestion command) {
        state.requireRecordable();
        if (question(command.questionId()).answered) {
            throw QuestionRules.QUESTION_ALREADY_ANSWERED.broken("Question " + command.questionId()
                    + " is already answered; correct the answer instead")
                    .at("questionId");
        }
        apply(new QuestionAnswered(state.meetingId(), command.questionId(), command.answeredBy(), command.text()));
    }

    @CommandHandler
    void handle(AskSupplementaryQuestion command) {
        state.requireRecordable();
        if (question(command.questionId()).supplementaryAsked) {
            throw QuestionRules.SUPPLEMENTARY_ALREADY_ASKED.broken("Question " + command.questionId()
                    + " already has a supplementary question").at("questionId");
        }
        apply(new SupplementaryQuestionAsked(state.meetingId(), command.questionId(), command.text()));
    }

    @CommandHandler
    void handle(AnswerSupplementaryQuestion command) {
        state.requireRecordable();
        Question question = question(command.questionId());
        requireSupplementary(question, command.questionId());
        if (question.supplementaryAnswered) {
            throw QuestionRules.QUESTION_ALREADY_ANSWERED.broken("The supplementary question to "
                    + command.questionId() + " is already answered")
                    .at("questionId");
        }
        apply(new SupplementaryQuestionAnswered(state.meetingId(), command.questionId(), command.answeredBy(),
                command.text()));
    }

    @CommandHandler
    void handle(PromiseWrittenReply command) {
        state.requireRecordable();
        Question question = question(command.questionId());
        if (command.toSupplementary()) {
            requireSupplementary(question, command.questionId());
        }
        if (command.toSupplementary() ? question.supplementaryReplyPromised : question.replyPromised) {
            throw QuestionRules.WRITTEN_REPLY_ALREADY_PROMISED.broken("A written reply to " + command.questionId()
                    + " is already promised").at("questionId");
        }
        apply(new WrittenReplyPromised(state.meetingId(), command.questionId(), command.toSupplementary(),
                command.promisedBy()));
    }

    /** Replies go out after the meeting, so this is recorded also once the meeting has closed. */
    @CommandHandler
    void handle(RecordWrittenReplySent command) {
        Question question = question(command.questionId());
        boolean promised = command.toSupplementary() ? question.supplementaryReplyPromised : question.replyPromised;
        if (!promised) {
            throw QuestionRules.NO_WRITTEN_REPLY_PROMISED.broken("No written reply to " + command.questionId()
                    + " was promised").at("questionId");
        }
        if (command.toSupplementary() ? question.supplementaryReplySent : question.replySent) {
            throw QuestionRules.WRITTEN_REPLY_ALREADY_SENT.broken("The written reply to " + command.questionId()
                    + " is already recorded as sent")
                    .at("questionId");
        }
        if (state.date() != null && command.sentOn().isBefore(state.date())) {
            throw QuestionRules.REPLY_SENT_BEFORE_MEETING.broken("A reply promised on " + written(state.date())
                    + " cannot be sent on " + written(command.sentOn())).at("sentOn");
        }
        apply(new WrittenReplySent(state.meetingId(), command.questionId(), command.toSupplementary(),
                command.sentOn()));
    }

    @CommandHandler
    void handle(RecordNoQuestions command) {
        state.requireRecordable();
        agenda.requireItem(command.itemId(), "itemId");
        if (asked.contains(command.kind()) || noneReceived.contains(command.kind())) {
            throw contradiction(command.kind());
        }
        apply(new NoQuestionsReceived(state.meetingId(), command.itemId(), command.kind(), command.text()));
    }

    private Question question(String questionId) {
        Question question = questions.get(questionId);
        if (question == null) {
            throw QuestionRules.UNKNOWN_QUESTION.broken("No question " + questionId + " was asked at this meeting")
                    .at("questionId");
        }
        return question;
    }

    private static void requireSupplementary(Question question, String questionId) {
        if (!question.supplementaryAsked) {
            throw QuestionRules.NO_SUPPLEMENTARY_QUESTION.broken("No supplementary question to " + questionId
                    + " is recorded").at("questionId");
        }
    }

    private static RuleViolation contradiction(QuestionKind kind) {
        return QuestionRules.QUESTIONS_CONTRADICT.broken("Both \"no " + kind.name().toLowerCase()
                + " questions\" and a " + kind.name().toLowerCase() + " question cannot stand in one meeting");
    }

    @EventSourcingHandler
    void on(QuestionAsked event) {
        questions.put(event.questionId(), new Question());
        asked.add(event.kind());
    }

    @EventSourcingHandler
    void on(QuestionAnswered event) {
        questions.get(event.questionId()).answered = true;
    }

    @EventSourcingHandler
    void on(SupplementaryQuestionAsked event) {
        questions.get(event.questionId()).supplementaryAsked = true;
    }

    @EventSourcingHandler
    void on(SupplementaryQuestionAnswered event) {
        questions.get(event.questionId()).supplementaryAnswered = true;
    }

    @EventSourcingHandler
    void on(WrittenReplyPromised event) {
        Question question = questions.get(event.questionId());
        if (event.toSupplementary()) {
            question.supplementaryReplyPromised = true;
        } else {
            question.replyPromised = true;
        }
    }

    @EventSourcingHandler
    void on(WrittenReplySent event) {
        Question question = questions.get(event.questionId());
        if (event.toSupplementary()) {
            question.supplementaryReplySent = true;
        } else {
            question.replySent = true;
        }
    }

    @EventSourcingHandler
    void on(NoQuestionsReceived event) {
        noneReceived.add(event.kind());
    }

    private static final class Question {
        private boolean answered;
        private boolean supplementaryAsked;
        private boolean supplementaryAnswered;
        private boolean replyPromised;
        private boolean supplementaryReplyPromised;
        private boolean replySent;
        private boolean supplementaryReplySent;
    }
}
