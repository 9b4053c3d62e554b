package org.minutebook.command.matters;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

/** Correct a matter's title or kind, saying why; both are given as they are to read. */
public record CorrectMatter(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String matterId,
        @PlainText @NotBlank @Size(max = 500) String title,
        @PlainText @Size(min = 1, max = 100) String kind,
        @PlainText @NotBlank @Size(max = 1000) String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
