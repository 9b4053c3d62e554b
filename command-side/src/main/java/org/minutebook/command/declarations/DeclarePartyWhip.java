package org.minutebook.command.declarations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;

/** Record a declaration of the party whip. */
public record DeclarePartyWhip(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String declarationId,
        @NotNull @Valid Person member,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @NotBlank @Size(max = 4000) String words,
        @TargetAggregateVersion Long expectedVersion) {

    public DeclarePartyWhip {
        declarationId = Ids.orNew(declarationId);
    }
}
