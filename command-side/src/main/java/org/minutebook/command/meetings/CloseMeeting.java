package org.minutebook.command.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.platform.Ids;


/** Close the meeting ("The meeting closed at 7.00pm"), at a time the minutes may not state. */
public record CloseMeeting(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        MeetingTime closedAt,
        @TargetAggregateVersion Long expectedVersion) {
}
