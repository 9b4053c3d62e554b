package org.minutebook.events.business;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * The written reply promised at the meeting was sent; may be recorded after the meeting closed.
 *
 * @param meetingId the meeting
 * @param questionId the question
 * @param toSupplementary the reply answers the supplementary question
 * @param sentOn when it was sent
 */
@EventVersion(1)
public record WrittenReplySent(
        String meetingId,
        String questionId,
        boolean toSupplementary,
        LocalDate sentOn) implements QuestionEvent {

    @Override
    public <R> R accept(QuestionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
