package org.minutebook.command.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;

import java.time.LocalDate;

/** Publish the agenda. */
public record PublishAgenda(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull LocalDate publishedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
