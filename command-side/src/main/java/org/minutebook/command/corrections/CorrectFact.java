package org.minutebook.command.corrections;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;

import java.util.Map;

/** Correct a fact already recorded, naming its sequence number, why and who corrects it. */
public record CorrectFact(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull @PositiveOrZero Long correctsSequenceNumber,
        Map<String, Object> replacement,
        @NotBlank @Size(max = 4000) String reason,
        @NotNull @Valid Person correctedBy,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String notedAtMeetingId,
        @TargetAggregateVersion Long expectedVersion) {
}
