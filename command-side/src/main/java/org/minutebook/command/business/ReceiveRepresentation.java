package org.minutebook.command.business;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;
import org.minutebook.events.business.RepresentationKind;

/** Record a representation, statement of case or statement received. */
public record ReceiveRepresentation(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String representationId,
        @NotNull RepresentationKind kind,
        @NotNull @Valid Person from,
        @Size(max = 100000) String text,
        boolean takenAsRead,
        @TargetAggregateVersion Long expectedVersion) {
}
