package org.minutebook.command.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;

import java.util.List;

/** Put the agenda's items in a new order (an item taken early, one added late put between others). */
public record ReorderAgenda(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull @Size(min = 1, max = 500) List<@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> itemIds,
        @TargetAggregateVersion Long expectedVersion) {
}
