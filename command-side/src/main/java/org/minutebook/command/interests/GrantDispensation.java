package org.minutebook.command.interests;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

import java.time.LocalDate;

/** Enter a dispensation in a member's register: who granted it and its days only when stated. */
public record GrantDispensation(
        @TargetAggregateIdentifier @Schema(accessMode = Schema.AccessMode.READ_ONLY,
                description = "Made from the council and the member") String registerId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String memberId,
        @PlainText @NotBlank @Size(max = 300) String council,
        @PlainText @Size(min = 1, max = 300) String memberName,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String entryId,
        @PlainText @Size(min = 1, max = 300) String grantedBy,
        @PlainText @NotBlank @Size(max = 2000) String forWhat,
        LocalDate from,
        LocalDate until,
        LocalDate registeredOn) implements InterestsCommand {

    public GrantDispensation {
        registerId = InterestsCommand.registerIdOf(council, memberId);
        entryId = Ids.orNew(entryId);
    }
}
