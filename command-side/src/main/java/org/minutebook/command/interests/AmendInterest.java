package org.minutebook.command.interests;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.interests.RegisterCategory;

import java.time.LocalDate;

/**
 * The register reads otherwise from a day on: a change the member notified, or a correction from the day the entry
 * was registered. The entry is given whole, as it reads from {@code asOf}.
 */
public record AmendInterest(
        @TargetAggregateIdentifier @Schema(accessMode = Schema.AccessMode.READ_ONLY,
                description = "Made from the council and the member") String registerId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String memberId,
        @PlainText @NotBlank @Size(max = 300) String council,
        @PlainText @Size(min = 1, max = 300) String memberName,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String entryId,
        RegisterCategory category,
        @PlainText @NotBlank @Size(max = 2000) String description,
        LocalDate from,
        LocalDate until,
        Boolean sensitive,
        @NotNull LocalDate asOf,
        @PlainText @Size(min = 1, max = 1000) String reason) implements InterestsCommand {

    public AmendInterest {
        registerId = InterestsCommand.registerIdOf(council, memberId);
        sensitive = Boolean.TRUE.equals(sensitive);
    }
}
