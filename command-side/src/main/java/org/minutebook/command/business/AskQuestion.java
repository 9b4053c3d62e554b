package org.minutebook.command.business;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.Person;
import org.minutebook.events.business.QuestionKind;

/**
 * Record a question put by a member of the public or a member. {@code standingOrder} was called {@code rule} before
 * QuestionAsked version 2; a request that still sends {@code rule} is read the same.
 */
public record AskQuestion(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String questionId,
        @NotNull QuestionKind kind,
        @NotNull @Valid Person askedBy,
        @PlainText @Size(max = 500) String askedOf,
        @NotBlank @Size(max = 20000) String text,
        @PlainText @JsonAlias("rule") @Size(max = 200) String standingOrder,
        boolean atChairsDiscretion,
        @TargetAggregateVersion Long expectedVersion) {

    public AskQuestion {
        questionId = Ids.orNew(questionId);
    }
}
