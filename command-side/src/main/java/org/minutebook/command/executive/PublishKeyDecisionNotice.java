package org.minutebook.command.executive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.executive.NoticeKind;

import java.time.LocalDate;

/**
 * Record a notice of a key decision published on a day: on the forward plan, of a private meeting (28 and 5 clear
 * days before), or late (general exception, special urgency) with its reason.
 */
public record PublishKeyDecisionNotice(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @NotNull NoticeKind kind,
        @NotNull LocalDate publishedOn,
        @Size(min = 1, max = 5000) String reason,
        @PlainText @Size(min = 1, max = 300) String agreedBy,
        @TargetAggregateVersion Long expectedVersion) {

    /** The same notice, of the decision named (a correction's, by its path). */
    PublishKeyDecisionNotice of(String id) {
        return new PublishKeyDecisionNotice(id, kind, publishedOn, reason, agreedBy, expectedVersion);
    }
}
