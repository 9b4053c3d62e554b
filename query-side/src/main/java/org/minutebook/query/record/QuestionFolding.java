package org.minutebook.query.record;

import org.minutebook.events.business.NoQuestionsReceived;
import org.minutebook.events.business.QuestionAnswered;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.QuestionEvent;
import org.minutebook.events.business.SupplementaryQuestionAnswered;
import org.minutebook.events.business.SupplementaryQuestionAsked;
import org.minutebook.events.business.WrittenReplyPromised;
import org.minutebook.events.business.WrittenReplySent;

import java.util.function.UnaryOperator;

/** Questions under their item, and every reply to one folded into the question it answers. */
final class QuestionFolding implements QuestionEvent.Visitor<RecordFold.Change> {

    @Override
    public RecordFold.Change on(QuestionAsked e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Question(at.sequenceNumber(), at.corrected(),
                e.questionId(), e.kind(), e.askedBy(), e.askedOf(), e.text(), e.standingOrder(),
                e.atChairsDiscretion(), Replies.NONE));
    }

    @Override
    public RecordFold.Change on(NoQuestionsReceived e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.NoQuestions(at.sequenceNumber(), at.corrected(), e.kind(),
                e.text()));
    }

    @Override
    public RecordFold.Change on(QuestionAnswered e) {
        return reply(e.questionId(), "An answer", (replies, at, r) -> replies.answered(
                new Replies.Reply(at.sequenceNumber(), e.answeredBy(), e.text())));
    }

    @Override
    public RecordFold.Change on(SupplementaryQuestionAsked e) {
        return reply(e.questionId(), "A supplementary question", (replies, at, r) -> replies.supplementaryAsked(
                new Replies.Supplementary(at.sequenceNumber(), e.text())));
    }

    @Override
    public RecordFold.Change on(SupplementaryQuestionAnswered e) {
        return reply(e.questionId(), "An answer to a supplementary question", (replies, at, r) ->
                replies.supplementaryAnswered(new Replies.Reply(at.sequenceNumber(), e.answeredBy(), e.text())));
    }

    @Override
    public RecordFold.Change on(WrittenReplyPromised e) {
        return reply(e.questionId(), "A written reply promised", (replies, at, r) -> replies.written(
                e.toSupplementary(), new Replies.WrittenReply(at.sequenceNumber(), e.promisedBy(), null)));
    }

    @Override
    public RecordFold.Change on(WrittenReplySent e) {
        return reply(e.questionId(), "A written reply sent", (replies, at, r) -> {
            Replies.WrittenReply promised = replies.written(e.toSupplementary());
            if (promised == null) {
                r.warn(at.sequenceNumber(), "A written reply to question " + e.questionId()
                        + " was sent, but the record holds no promise of one");
                return replies;
            }
            return replies.written(e.toSupplementary(), promised.sent(e.sentOn()));
        });
    }

    /** How a reply changes the replies a question holds. */
    @FunctionalInterface
    private interface Reply {
        Replies to(Replies replies, RecordFold.At at, MeetingRecord record);
    }

    private static RecordFold.Change reply(String questionId, String what, Reply reply) {
        return (r, at) -> r.change(Fact.Question.class, question -> question.questionId().equals(questionId),
                question -> question.replied(reply.to(question.replies(), at, r)), at.sequenceNumber(),
                what + " to question " + questionId);
    }
}
