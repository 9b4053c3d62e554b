package org.minutebook.command.executive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.Person;

/**
 * Correct a decision notice recorded wrongly: the notice given whole in its own form ({@code corrected}, as {@link
 * PublishDecisionNotice} takes it; the path's decision is the one used), its dates counted again as publishing it
 * counted them, with why and who corrects it.
 */
public record CorrectDecisionNotice(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @NotNull @Valid PublishDecisionNotice corrected,
        @PlainText @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid Person correctedBy) {

    public CorrectDecisionNotice {
        corrected = corrected == null ? null : corrected.of(decisionId);
    }
}
