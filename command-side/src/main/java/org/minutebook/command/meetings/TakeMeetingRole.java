package org.minutebook.command.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;
import org.minutebook.events.meetings.MeetingRole;

/** Record who was vice-chair at the meeting, or who took the chair from an item on. */
public record TakeMeetingRole(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull MeetingRole role,
        @NotNull @Valid Person person,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String fromItemId,
        @TargetAggregateVersion Long expectedVersion) {
}
