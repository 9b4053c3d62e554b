package org.minutebook.command.business;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.business.MinuteBlock;

import java.util.List;

/** Minute an item as the page shows it: paragraphs, sub-headings and bulleted lists, in order. */
public record MinuteItem(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid MinuteBlock> blocks,
        boolean cutOff,
        @TargetAggregateVersion Long expectedVersion) {
}
