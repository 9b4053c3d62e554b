package org.minutebook.command.business;

import org.minutebook.command.kernel.Rule;

/**
 * Questions and their replies: each asked once, answered once, a written reply promised before it is sent. The
 * rules of this part of the record, each by its id as docs/events.md lists it under "Questions", each with its
 * story in QuestionsRulesTest.
 */
public final class QuestionRules {

    public static final Rule QUESTION_ALREADY_RECORDED = Rule.conflict("question-already-recorded");
    public static final Rule QUESTIONS_CONTRADICT = Rule.conflict("questions-contradict");
    public static final Rule UNKNOWN_QUESTION = Rule.invalid("unknown-question");
    public static final Rule QUESTION_ALREADY_ANSWERED = Rule.conflict("question-already-answered");
    public static final Rule SUPPLEMENTARY_ALREADY_ASKED = Rule.conflict("supplementary-already-asked");
    public static final Rule NO_SUPPLEMENTARY_QUESTION = Rule.conflict("no-supplementary-question");
    public static final Rule WRITTEN_REPLY_ALREADY_PROMISED = Rule.conflict("written-reply-already-promised");
    public static final Rule NO_WRITTEN_REPLY_PROMISED = Rule.conflict("no-written-reply-promised");
    public static final Rule WRITTEN_REPLY_ALREADY_SENT = Rule.conflict("written-reply-already-sent");
    public static final Rule REPLY_SENT_BEFORE_MEETING = Rule.invalid("reply-sent-before-meeting");

    private QuestionRules() {
    }
}
