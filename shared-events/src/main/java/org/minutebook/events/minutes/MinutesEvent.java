package org.minutebook.events.minutes;

import org.minutebook.events.MeetingEvent;

/**
 * The minutes themselves: an earlier meeting's confirmed here, these confirmed and signed at a later one, an error
 * in earlier minutes noted (docs/events.md, "Previous minutes and signature").
 */
public sealed interface MinutesEvent extends MeetingEvent permits PreviousMinutesConfirmed, MinutesConfirmed,
        MinutesSigned, EarlierMinutesCorrectionNoted {

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R byPart(MeetingEvent.Parts<R> parts) {
        return parts.minutes(this);
    }

    /** An answer for each event of the part: one added fails to compile until every reader of the part answers it. */
    interface Visitor<R> {

        R on(PreviousMinutesConfirmed event);

        R on(MinutesConfirmed event);

        R on(MinutesSigned event);

        R on(EarlierMinutesCorrectionNoted event);
    }
}
