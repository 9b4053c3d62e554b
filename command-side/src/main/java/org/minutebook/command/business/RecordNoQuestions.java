package org.minutebook.command.business;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.business.QuestionKind;

/** Record that no questions were received. */
public record RecordNoQuestions(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @NotNull QuestionKind kind,
        @Size(max = 2000) String text,
        @TargetAggregateVersion Long expectedVersion) {
}
