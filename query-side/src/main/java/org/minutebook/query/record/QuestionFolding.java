package org.minutebook.query.record;

import org.minutebook.events.business.QuestionAnswered;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.SupplementaryQuestionAnswered;
import org.minutebook.events.business.SupplementaryQuestionAsked;
import org.minutebook.events.business.WrittenReplyPromised;
import org.minutebook.events.business.WrittenReplySent;

import java.util.function.UnaryOperator;

/** Questions under their item, and every reply to one folded into the question it answers. */
final class QuestionFolding {

    private QuestionFolding() {
    }

    static void register(RecordFold fold) {
        fold.on(QuestionAsked.class, (r, e, at) -> r.addToItem(e.itemId(), new Fact.Question(at.sequenceNumber(),
                at.corrected(), e.questionId(), e.kind(), e.askedBy(), e.askedOf(), e.text(), e.standingOrder(),
                e.atChairsDiscretion(), Replies.NONE)));
        fold.on(QuestionAnswered.class, (r, e, at) -> reply(r, e.questionId(), at, "An answer",
                replies -> replies.answered(new Replies.Reply(at.sequenceNumber(), e.answeredBy(), e.text()))));
        fold.on(SupplementaryQuestionAsked.class, (r, e, at) -> reply(r, e.questionId(), at,
                "A supplementary question", replies -> replies.supplementaryAsked(
                        new Replies.Supplementary(at.sequenceNumber(), e.text()))));
        fold.on(SupplementaryQuestionAnswered.class, (r, e, at) -> reply(r, e.questionId(), at,
                "An answer to a supplementary question", replies -> replies.supplementaryAnswered(
                        new Replies.Reply(at.sequenceNumber(), e.answeredBy(), e.text()))));
        fold.on(WrittenReplyPromised.class, (r, e, at) -> reply(r, e.questionId(), at, "A written reply promised",
                replies -> replies.written(e.toSupplementary(),
                        new Replies.WrittenReply(at.sequenceNumber(), e.promisedBy(), null))));
        fold.on(WrittenReplySent.class, (r, e, at) -> reply(r, e.questionId(), at, "A written reply sent",
                replies -> {
                    Replies.WrittenReply promised = replies.written(e.toSupplementary());
                    if (promised == null) {
                        r.warn(at.sequenceNumber(), "A written reply to question " + e.questionId()
                                + " was sent, but the record holds no promise of one");
                        return replies;
                    }
                    return replies.written(e.toSupplementary(), promised.sent(e.sentOn()));
                }));
    }

    private static void reply(MeetingRecord record, String questionId, RecordFold.At at, String what,
                              UnaryOperator<Replies> reply) {
        record.change(Fact.Question.class, question -> question.questionId().equals(questionId),
                question -> question.replied(reply.apply(question.replies())), at.sequenceNumber(),
                what + " to question " + questionId);
    }
}
