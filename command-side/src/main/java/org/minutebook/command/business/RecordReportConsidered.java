package org.minutebook.command.business;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;

/** Record that the meeting considered a report. */
public record RecordReportConsidered(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @Size(max = 500) String title,
        @NotBlank @Size(max = 300) String submittedBy,
        @Size(max = 200) String reference,
        @TargetAggregateVersion Long expectedVersion) {
}
