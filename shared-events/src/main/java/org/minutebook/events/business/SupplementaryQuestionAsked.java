package org.minutebook.events.business;

import org.minutebook.events.EventVersion;

/**
 * The asker put a supplementary question.
 *
 * @param meetingId the meeting
 * @param questionId the original question
 * @param text the supplementary question
 */
@EventVersion(1)
public record SupplementaryQuestionAsked(
        String meetingId,
        String questionId,
        String text) implements QuestionEvent {

    @Override
    public <R> R accept(QuestionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
