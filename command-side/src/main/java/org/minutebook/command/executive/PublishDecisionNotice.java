package org.minutebook.command.executive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;

import java.time.LocalDate;

/**
 * Record the decision notice published on a day; its call-in deadline and the day the decision may be implemented
 * are counted in the council's calendar.
 */
public record PublishDecisionNotice(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @NotNull LocalDate publishedOn,
        @TargetAggregateVersion Long expectedVersion) {

    /** The same notice, of the decision named (a correction's, by its path). */
    PublishDecisionNotice of(String id) {
        return new PublishDecisionNotice(id, publishedOn, expectedVersion);
    }
}
