package org.minutebook.command.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;

import java.time.LocalDateTime;

/** Open the meeting, naming who is in the chair. */
public record OpenMeeting(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull LocalDateTime openedAt,
        @NotNull @Valid Person chair,
        @TargetAggregateVersion Long expectedVersion) {
}
