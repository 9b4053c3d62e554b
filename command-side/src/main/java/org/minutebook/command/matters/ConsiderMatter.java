package org.minutebook.command.matters;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;

/** An agenda item of a meeting takes the matter up: a step of its path. */
public record ConsiderMatter(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String matterId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String atMeetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId) {
}
