package org.minutebook.command.matters;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.ForCouncil;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

/**
 * Open a matter in a council's record; a retry with the same id and details records nothing new. Left without an
 * id, the matter is known by one read from its title; its kind is left out when not stated.
 */
public record OpenMatter(
        @TargetAggregateIdentifier @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String matterId,
        @PlainText @NotBlank @Size(max = 300) String council,
        @PlainText @NotBlank @Size(max = 500) String title,
        @PlainText @Size(min = 1, max = 100) String kind) implements ForCouncil {

    public OpenMatter {
        matterId = matterId == null || matterId.isBlank() ? Ids.readable(title, 64) : matterId;
    }
}
