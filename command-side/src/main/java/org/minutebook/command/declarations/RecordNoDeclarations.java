package org.minutebook.command.declarations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;

/** Record that no declarations of interest were made. */
public record RecordNoDeclarations(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @TargetAggregateVersion Long expectedVersion) {
}
