package org.minutebook.command.business;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.business.FutureMeetingDate;

import java.util.List;

/**
 * Note the dates of future meetings, each as the minutes give it: a day, with its time only when they state one
 * ("19/01/2021", "19 January 2021 at 2.00pm").
 */
public record NoteFutureMeetingDates(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid FutureMeetingDate> dates,
        @TargetAggregateVersion Long expectedVersion) {
}
