package org.minutebook.events.business;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

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
        String text) implements MeetingEvent {
}
