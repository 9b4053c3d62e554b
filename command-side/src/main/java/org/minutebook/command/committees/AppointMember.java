package org.minutebook.command.committees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;
import org.minutebook.events.committees.CommitteeRole;

import java.time.LocalDate;

/** Appoint a member to the committee in a role. */
public record AppointMember(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String committeeId,
        @NotNull @Valid Person member,
        @NotNull CommitteeRole role,
        @NotNull LocalDate from,
        @TargetAggregateVersion Long expectedVersion) {
}
