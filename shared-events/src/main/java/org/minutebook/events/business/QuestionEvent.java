package org.minutebook.events.business;

import org.minutebook.events.MeetingEvent;

/**
 * Questions put at the meeting and every reply to them, or the record that none were received (docs/events.md,
 * "Questions").
 */
public sealed interface QuestionEvent extends MeetingEvent permits QuestionAsked, NoQuestionsReceived,
        QuestionAnswered, SupplementaryQuestionAsked, SupplementaryQuestionAnswered, WrittenReplyPromised,
        WrittenReplySent {

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R byPart(MeetingEvent.Parts<R> parts) {
        return parts.questions(this);
    }

    /** An answer for each event of the part: one added fails to compile until every reader of the part answers it. */
    interface Visitor<R> {

        R on(QuestionAsked event);

        R on(NoQuestionsReceived event);

        R on(QuestionAnswered event);

        R on(SupplementaryQuestionAsked event);

        R on(SupplementaryQuestionAnswered event);

        R on(WrittenReplyPromised event);

        R on(WrittenReplySent event);
    }
}
