package org.minutebook.command.minutes;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.events.Person;

import java.time.LocalDate;

/**
 * Sent to the meeting whose minutes a later meeting confirms, in the same unit of work as that later meeting's
 * {@link ConfirmPreviousMinutes}: both facts are recorded, or neither.
 */
public record RecordMinutesConfirmation(
        @TargetAggregateIdentifier String meetingId,
        LocalDate confirmedMeetingDate,
        String atMeetingId,
        String atCommitteeId,
        LocalDate atMeetingDate,
        Person chairOfConfirmingMeeting,
        Person signedBy) {
}
