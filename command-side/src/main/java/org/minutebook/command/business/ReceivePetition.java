package org.minutebook.command.business;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.Person;

/** Record a petition received. */
public record ReceivePetition(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String petitionId,
        @PlainText @NotBlank @Size(max = 500) String title,
        @NotNull @Valid Person presentedBy,
        @PositiveOrZero Integer signatures,
        @Size(max = 20000) String text,
        @TargetAggregateVersion Long expectedVersion) {

    public ReceivePetition {
        petitionId = Ids.orNew(petitionId);
    }
}
