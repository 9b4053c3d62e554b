package org.minutebook.command.minutes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;

/** Sign this meeting's confirmed minutes, as chair of the meeting that confirmed them. */
public record SignMinutes(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull @Valid Person signedBy,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String atMeetingId,
        @TargetAggregateVersion Long expectedVersion) {
}
