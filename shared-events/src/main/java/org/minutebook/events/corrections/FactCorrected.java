package org.minutebook.events.corrections;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.Person;

import java.util.Map;

/**
 * A fact already recorded was corrected. The original stays in the history; this names it by its
 * sequence number in the meeting's events.
 *
 * @param meetingId the meeting
 * @param correctsSequenceNumber the sequence number of the event corrected
 * @param correctsEventType the type of the event corrected (its class name)
 * @param replacement the corrected fact's fields as they should read, or null when the fact is struck out
 * @param reason why
 * @param correctedBy who made the correction
 * @param notedAtMeetingId the later meeting at which it was noted, or null; required once the minutes are confirmed
 */
@EventVersion(1)
public record FactCorrected(
        String meetingId,
        long correctsSequenceNumber,
        String correctsEventType,
        Map<String, Object> replacement,
        String reason,
        Person correctedBy,
        String notedAtMeetingId) implements MeetingEvent {
}
