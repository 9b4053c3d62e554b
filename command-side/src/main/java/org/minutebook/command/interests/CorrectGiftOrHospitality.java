package org.minutebook.command.interests;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.Person;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Correct a gift or hospitality entered wrongly: the entry given whole in its own form, as it should always have
 * read, with why and who corrects it. A change the register records over time is an entry of its own, not this.
 */
public record CorrectGiftOrHospitality(
        @TargetAggregateIdentifier @Schema(accessMode = Schema.AccessMode.READ_ONLY,
                description = "Made from the council and the member") String registerId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String memberId,
        @PlainText @NotBlank @Size(max = 300) String council,
        @PlainText @Size(min = 1, max = 300) String memberName,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String entryId,
        @PlainText @NotBlank @Size(max = 2000) String description,
        @PlainText @Size(min = 1, max = 300) String donor,
        @PositiveOrZero @Digits(integer = 9, fraction = 2) BigDecimal value,
        LocalDate receivedOn,
        LocalDate registeredOn,
        @PlainText @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid Person correctedBy) implements InterestsCommand {

    public CorrectGiftOrHospitality {
        registerId = InterestsCommand.registerIdOf(council, memberId);
    }
}
