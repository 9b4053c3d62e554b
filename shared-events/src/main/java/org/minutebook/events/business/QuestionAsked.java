package org.minutebook.events.business;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A question was put ("Mrs Sue Whiting asked the following question of the Chairman…").
 * <p>
 * Version 2 renamed version 1's {@code rule} to {@code standingOrder}; stored and published version 1 events are
 * read through an upcaster (module event-upcasters).
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param questionId the question's id within the meeting
 * @param kind public or member question
 * @param askedBy who asked
 * @param askedOf to whom ("the Chairman of the Children and Families Overview and Scrutiny Committee"), or null
 * @param text the question
 * @param standingOrder the standing order it was received under ("Standing Order 34"), or null; called
 *                      {@code rule} in version 1
 * @param atChairsDiscretion received after the deadline, at the chair's discretion
 */
@EventVersion(3)
public record QuestionAsked(
        String meetingId,
        String itemId,
        String questionId,
        QuestionKind kind,
        Person askedBy,
        String askedOf,
        String text,
        String standingOrder,
        boolean atChairsDiscretion) implements QuestionEvent {

    @Override
    public <R> R accept(QuestionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
