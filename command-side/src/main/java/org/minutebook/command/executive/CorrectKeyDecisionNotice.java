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
 * Correct a notice of a key decision recorded wrongly: which notice, by its number (1 for the first published; the
 * path's, so text), given whole in its own form ({@code corrected}, as {@link PublishKeyDecisionNotice} takes it), decided
 * by the rules of a notice, with why and who corrects it.
 */
public record CorrectKeyDecisionNotice(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @NotNull @Pattern(regexp = "[1-9][0-9]{0,2}", message = "a notice's number: 1 for the first published")
        String notice,
        @NotNull @Valid PublishKeyDecisionNotice corrected,
        @PlainText @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid Person correctedBy) {

    public CorrectKeyDecisionNotice {
        corrected = corrected == null ? null : corrected.of(decisionId);
    }

    /** The notice's number. */
    int number() {
        return Integer.parseInt(notice);
    }
}
