package org.minutebook.command.interests;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.interests.RegisterCategory;

import java.time.LocalDate;

/**
 * Enter an interest in a member's register; the register is opened with its first entry. Only the description is
 * required: a register that gives no heading, no dates or no day of registration is recorded as it reads.
 */
public record RegisterInterest(
        @TargetAggregateIdentifier @Schema(accessMode = Schema.AccessMode.READ_ONLY,
                description = "Made from the council and the member") String registerId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String memberId,
        @PlainText @NotBlank @Size(max = 300) String council,
        @PlainText @Size(min = 1, max = 300) String memberName,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String entryId,
        RegisterCategory category,
        @PlainText @NotBlank @Size(max = 2000) String description,
        LocalDate from,
        LocalDate until,
        LocalDate registeredOn,
        Boolean sensitive) implements InterestsCommand {

    public RegisterInterest {
        registerId = InterestsCommand.registerIdOf(council, memberId);
        entryId = Ids.orNew(entryId);
        sensitive = Boolean.TRUE.equals(sensitive);
    }
}
