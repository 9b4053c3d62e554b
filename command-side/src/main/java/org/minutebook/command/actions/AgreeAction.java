package org.minutebook.command.actions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

import java.time.LocalDate;

/**
 * Record an action agreed, such as a letter of thanks; {@code partId} names the part of the decision it follows
 * from.
 */
public record AgreeAction(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String actionId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String resolutionId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String partId,
        @NotBlank @Size(max = 2000) String description,
        @PlainText @Size(max = 300) String owner,
        LocalDate dueBy,
        @TargetAggregateVersion Long expectedVersion) {

    public AgreeAction {
        actionId = Ids.orNew(actionId);
    }

    /** An action following from a decision as a whole, or from none. */
    public AgreeAction(String meetingId, String itemId, String actionId, String resolutionId, String description,
                       String owner, LocalDate dueBy, Long expectedVersion) {
        this(meetingId, itemId, actionId, resolutionId, null, description, owner, dueBy, expectedVersion);
    }
}
