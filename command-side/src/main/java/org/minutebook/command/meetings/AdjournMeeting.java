package org.minutebook.command.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.platform.Ids;


/** Adjourn the meeting in session. */
public record AdjournMeeting(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull MeetingTime adjournedAt,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
