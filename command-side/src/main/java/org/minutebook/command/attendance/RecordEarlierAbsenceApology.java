package org.minutebook.command.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;

/** Record a member's apology, at this meeting, for absences from earlier ones. */
public record RecordEarlierAbsenceApology(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull @Valid Person member,
        @NotBlank @Size(max = 2000) String absences,
        @TargetAggregateVersion Long expectedVersion) {
}
