package org.minutebook.events.business;

import org.minutebook.events.EventVersion;

import java.util.List;

/**
 * The dates of future meetings were noted.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param dates the days, each with its time when the minutes give one (version 1 gave a date and time each)
 */
@EventVersion(2)
public record FutureMeetingDatesNoted(
        String meetingId,
        String itemId,
        List<FutureMeetingDate> dates) implements BusinessEvent {

    @Override
    public <R> R accept(BusinessEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }


    public FutureMeetingDatesNoted {
        dates = dates == null ? List.of() : List.copyOf(dates);
    }
}
