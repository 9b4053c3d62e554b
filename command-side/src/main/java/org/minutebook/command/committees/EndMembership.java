package org.minutebook.command.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;

import java.time.LocalDate;

/** End a member's membership of the committee. */
public record EndMembership(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String committeeId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String memberId,
        @NotNull LocalDate on,
        @TargetAggregateVersion Long expectedVersion) {
}
