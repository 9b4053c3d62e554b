package org.minutebook.events.business;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A supplementary question was answered at the meeting.
 *
 * @param meetingId the meeting
 * @param questionId the original question
 * @param answeredBy who replied
 * @param text the answer, or null when the minutes record that it was answered but not the words
 */
@EventVersion(2)
public record SupplementaryQuestionAnswered(
        String meetingId,
        String questionId,
        Person answeredBy,
        String text) implements QuestionEvent {

    @Override
    public <R> R accept(QuestionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
