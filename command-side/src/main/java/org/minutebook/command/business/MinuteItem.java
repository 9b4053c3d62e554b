package org.minutebook.command.business;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;

import java.util.List;

/** Minute an item: its text and the points raised. */
public record MinuteItem(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @NotBlank @Size(max = 100000) String text,
        @Size(max = 100) List<@NotBlank String> pointsRaised,
        @TargetAggregateVersion Long expectedVersion) {
}
