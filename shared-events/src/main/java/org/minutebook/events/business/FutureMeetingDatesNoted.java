package org.minutebook.events.business;

import org.minutebook.events.EventVersion;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The dates of future meetings were noted.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param dates the dates and times, council's local time
 */
@EventVersion(1)
public record FutureMeetingDatesNoted(
        String meetingId,
        String itemId,
        List<LocalDateTime> dates) implements BusinessEvent {

    @Override
    public <R> R accept(BusinessEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }


    public FutureMeetingDatesNoted {
        dates = dates == null ? List.of() : List.copyOf(dates);
    }
}
