package org.minutebook.command.executive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;

import java.time.LocalDate;
import java.util.List;

/** Record a call-in of the decision received on a day, by the members the record names. */
public record RequestCallIn(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @NotNull LocalDate requestedOn,
        @Size(max = 50) List<@NotNull @Valid Person> requestedBy,
        @Size(min = 1, max = 20000) String reasons,
        @TargetAggregateVersion Long expectedVersion) {

    /** The same call-in, of the decision named (a correction's, by its path). */
    RequestCallIn of(String id) {
        return new RequestCallIn(id, requestedOn, requestedBy, reasons, expectedVersion);
    }
}
