package org.minutebook.command.interests;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Enter a gift or hospitality in a member's register: the donor, value and dates only when the register gives them. */
public record RegisterGiftOrHospitality(
        @TargetAggregateIdentifier @Schema(accessMode = Schema.AccessMode.READ_ONLY,
                description = "Made from the council and the member") String registerId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String memberId,
        @PlainText @NotBlank @Size(max = 300) String council,
        @PlainText @Size(min = 1, max = 300) String memberName,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String entryId,
        @PlainText @NotBlank @Size(max = 2000) String description,
        @PlainText @Size(min = 1, max = 300) String donor,
        @PositiveOrZero @Digits(integer = 9, fraction = 2) BigDecimal value,
        LocalDate receivedOn,
        LocalDate registeredOn) implements InterestsCommand {

    public RegisterGiftOrHospitality {
        registerId = InterestsCommand.registerIdOf(council, memberId);
        entryId = Ids.orNew(entryId);
    }
}
