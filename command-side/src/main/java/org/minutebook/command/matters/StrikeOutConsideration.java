package org.minutebook.command.matters;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

/** An item named as taking the matter up did not: strike the step out of the path, saying why. */
public record StrikeOutConsideration(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String matterId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String atMeetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @PlainText @NotBlank @Size(max = 1000) String reason) {
}
