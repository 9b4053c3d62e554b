package org.minutebook.events.minutes;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * At this meeting, an error was noted in the minutes of an earlier meeting that this record may not hold (001:
 * "It was noted that there was an error in the minutes from 29th October 2024. Cllr Greg was erroneously noted as
 * being the Vice-Chair…"). When the earlier meeting is in the record, its clerk also corrects the fact there
 * (FactCorrected, noted at this meeting); this event records what this meeting's minutes say.
 *
 * @param meetingId the meeting at which the correction was noted
 * @param itemId the agenda item it was recorded under
 * @param correctedMeetingId the earlier meeting, when it is in the record; or null
 * @param correctedMeetingDate the date of the earlier meeting, as the page gives it
 * @param text the correction, in the words minuted
 */
@EventVersion(1)
public record EarlierMinutesCorrectionNoted(
        String meetingId,
        String itemId,
        String correctedMeetingId,
        LocalDate correctedMeetingDate,
        String text) implements MinutesEvent {

    @Override
    public <R> R accept(MinutesEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
