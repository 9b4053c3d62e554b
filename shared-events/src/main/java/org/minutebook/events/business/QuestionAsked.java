package org.minutebook.events.business;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.Person;

/**
 * A question was put ("Mrs Sue Whiting asked the following question of the Chairman…").
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param questionId the question's id within the meeting
 * @param kind public or member question
 * @param askedBy who asked
 * @param askedOf to whom ("the Chairman of the Children and Families Overview and Scrutiny Committee")
 * @param text the question
 * @param rule the standing order it was received under ("Standing Order 34"), or null
 * @param atChairsDiscretion received after the deadline, at the chair's discretion
 */
@EventVersion(1)
public record QuestionAsked(
        String meetingId,
        String itemId,
        String questionId,
        QuestionKind kind,
        Person askedBy,
        String askedOf,
        String text,
        String rule,
        boolean atChairsDiscretion) implements MeetingEvent {
}
