package org.minutebook.events.corrections;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.Person;

import java.util.Map;

/**
 * A fact already recorded was corrected. The original stays in the history; this names it by its sequence number
 * in the meeting's events. From then on the corrected fact is the record, for the rules and for every reader.
 * <p>
 * Version 3 adds {@code partId}, so that a correction can name the part of a decision it corrects ("in resolution
 * 37, part (b) should read…"); a version-2 correction is of the fact as a whole.
 *
 * @param meetingId the meeting
 * @param correctsSequenceNumber the sequence number of the event corrected
 * @param correctsEventType the public type name of the event corrected ("minutebook.ApologyRecorded")
 * @param replacement the corrected fact: the fields of an event of {@code correctsEventType}, validated as its
 *                    command's fields are; a field it does not hold keeps the original's value (since contract 2
 *                    it holds every field). Null when the fact is struck out
 * @param partId the part of the decision corrected or struck out ({@link
 *               org.minutebook.events.resolutions.ResolutionPart#partId}), when the correction is of one part of a
 *               resolution or lost motion; null when it is of the fact as a whole
 * @param reason why
 * @param correctedBy who made the correction
 * @param notedAtMeetingId the later meeting at which it was noted, or null; required once the minutes are confirmed
 */
@EventVersion(3)
public record FactCorrected(
        String meetingId,
        long correctsSequenceNumber,
        String correctsEventType,
        Map<String, Object> replacement,
        String partId,
        String reason,
        Person correctedBy,
        String notedAtMeetingId) implements MeetingEvent {

    /** A correction of the fact as a whole. */
    public FactCorrected(String meetingId, long correctsSequenceNumber, String correctsEventType,
                         Map<String, Object> replacement, String reason, Person correctedBy, String notedAtMeetingId) {
        this(meetingId, correctsSequenceNumber, correctsEventType, replacement, null, reason, correctedBy,
                notedAtMeetingId);
    }

    @Override
    public <R> R byPart(MeetingEvent.Parts<R> parts) {
        return parts.correction(this);
    }
}
