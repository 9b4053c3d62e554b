package org.minutebook.query.record;

import org.minutebook.events.Person;

import java.time.LocalDate;

/**
 * What followed a question, in the order the minutes give it: the answer, a supplementary question and its
 * answer, and written replies promised (each sent or not yet).
 */
public record Replies(Reply answer, Supplementary supplementary, Reply supplementaryAnswer,
                      WrittenReply writtenReply, WrittenReply supplementaryWrittenReply) {

    static final Replies NONE = new Replies(null, null, null, null, null);

    /** A reply given at the meeting. */
    public record Reply(long sequenceNumber, Person answeredBy, String text) {
    }

    public record Supplementary(long sequenceNumber, String text) {
    }

    /** A written reply promised at the meeting; {@code sentOn} is null until it is recorded as sent. */
    public record WrittenReply(long sequenceNumber, Person promisedBy, LocalDate sentOn) {

        WrittenReply sent(LocalDate on) {
            return new WrittenReply(sequenceNumber, promisedBy, on);
        }
    }

    Replies answered(Reply reply) {
        return new Replies(reply, supplementary, supplementaryAnswer, writtenReply, supplementaryWrittenReply);
    }

    Replies supplementaryAsked(Supplementary question) {
        return new Replies(answer, question, supplementaryAnswer, writtenReply, supplementaryWrittenReply);
    }

    Replies supplementaryAnswered(Reply reply) {
        return new Replies(answer, supplementary, reply, writtenReply, supplementaryWrittenReply);
    }

    /** The written reply to the question, or to its supplementary, as promised or sent. */
    Replies written(boolean toSupplementary, WrittenReply reply) {
        return toSupplementary
                ? new Replies(answer, supplementary, supplementaryAnswer, writtenReply, reply)
                : new Replies(answer, supplementary, supplementaryAnswer, reply, supplementaryWrittenReply);
    }

    WrittenReply written(boolean toSupplementary) {
        return toSupplementary ? supplementaryWrittenReply : writtenReply;
    }

    /** A written reply promised and not yet recorded as sent. */
    public boolean outstanding() {
        return (writtenReply != null && writtenReply.sentOn() == null)
                || (supplementaryWrittenReply != null && supplementaryWrittenReply.sentOn() == null);
    }
}
