package org.minutebook.events.business;

import org.minutebook.events.EventVersion;

/**
 * "No questions had been received under Standing Order 35."
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param kind public or member questions
 * @param text the words minuted, or null
 */
@EventVersion(1)
public record NoQuestionsReceived(
        String meetingId,
        String itemId,
        QuestionKind kind,
        String text) implements QuestionEvent {

    @Override
    public <R> R accept(QuestionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
