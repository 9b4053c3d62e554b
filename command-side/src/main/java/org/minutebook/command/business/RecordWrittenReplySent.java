package org.minutebook.command.business;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;

import java.time.LocalDate;

/** Record that a promised written reply was sent; allowed after the meeting closed. */
public record RecordWrittenReplySent(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String questionId,
        boolean toSupplementary,
        @NotNull LocalDate sentOn,
        @TargetAggregateVersion Long expectedVersion) {
}
