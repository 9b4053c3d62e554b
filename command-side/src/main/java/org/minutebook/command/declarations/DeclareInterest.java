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
import org.minutebook.events.declarations.InterestCategory;

/** Record a member's declaration of interest. */
public record DeclareInterest(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String declarationId,
        @NotNull @Valid Person member,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @NotBlank @Size(max = 4000) String words,
        InterestCategory category,
        boolean leftRoom,
        boolean tookNoPartInVote,
        @Size(max = 4000) String dispensation,
        @TargetAggregateVersion Long expectedVersion) {

    public DeclareInterest {
        declarationId = Ids.orNew(declarationId);
    }
}
