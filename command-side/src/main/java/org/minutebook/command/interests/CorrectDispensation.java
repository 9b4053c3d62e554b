package org.minutebook.command.interests;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.Person;

import java.time.LocalDate;

/**
 * Correct a dispensation entered wrongly: the dispensation given whole in its own form, as it should always have
 * read, with why and who corrects it; decided by the rules of a dispensation granted (at most four years).
 */
public record CorrectDispensation(
        @TargetAggregateIdentifier @Schema(accessMode = Schema.AccessMode.READ_ONLY,
                description = "Made from the council and the member") String registerId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String memberId,
        @PlainText @NotBlank @Size(max = 300) String council,
        @PlainText @Size(min = 1, max = 300) String memberName,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String entryId,
        @PlainText @Size(min = 1, max = 300) String grantedBy,
        @PlainText @NotBlank @Size(max = 2000) String forWhat,
        LocalDate from,
        LocalDate until,
        LocalDate registeredOn,
        @PlainText @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid Person correctedBy) implements InterestsCommand {

    public CorrectDispensation {
        registerId = InterestsCommand.registerIdOf(council, memberId);
    }
}
