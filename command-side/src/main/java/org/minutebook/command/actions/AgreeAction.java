package org.minutebook.command.actions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

import java.time.LocalDate;

/** Record an action agreed, such as a letter of thanks. */
public record AgreeAction(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String actionId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String resolutionId,
        @NotBlank @Size(max = 2000) String description,
        @PlainText @Size(max = 300) String owner,
        LocalDate dueBy,
        @TargetAggregateVersion Long expectedVersion) {

    public AgreeAction {
        actionId = Ids.orNew(actionId);
    }
}
