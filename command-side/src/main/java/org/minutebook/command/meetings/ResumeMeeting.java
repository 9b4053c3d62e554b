package org.minutebook.command.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.platform.Ids;


/** Resume an adjourned meeting. */
public record ResumeMeeting(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull MeetingTime resumedAt,
        @TargetAggregateVersion Long expectedVersion) {
}
