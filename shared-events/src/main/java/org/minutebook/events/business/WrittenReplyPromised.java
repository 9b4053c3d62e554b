package org.minutebook.events.business;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A written reply was promised after the meeting ("a written response … would be sent to her after
 * the meeting").
 *
 * @param meetingId the meeting
 * @param questionId the question
 * @param toSupplementary the promise answers the supplementary question
 * @param promisedBy who promised it
 */
@EventVersion(2)
public record WrittenReplyPromised(
        String meetingId,
        String questionId,
        boolean toSupplementary,
        Person promisedBy) implements QuestionEvent {

    @Override
    public <R> R accept(QuestionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
