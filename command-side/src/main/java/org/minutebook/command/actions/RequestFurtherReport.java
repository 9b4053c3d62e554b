package org.minutebook.command.actions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

import java.time.LocalDate;

/**
 * Record that a decision (or one part of it, {@code partId}), or the discussion, asked for a further report; to the
 * body the minutes name, or to none when they name none ("a further report be brought to a future meeting");
 * {@code subject} is left out where the minutes state it only in the decision's words.
 */
public record RequestFurtherReport(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String actionId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String resolutionId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String partId,
        @Size(min = 1, max = 2000) String subject,
        @PlainText @Size(min = 1, max = 300) String toBody,
        LocalDate dueMeetingDate,
        @TargetAggregateVersion Long expectedVersion) {

    public RequestFurtherReport {
        actionId = Ids.orNew(actionId);
    }

    /** A further report asked for by a decision as a whole, or in the discussion. */
    public RequestFurtherReport(String meetingId, String itemId, String actionId, String resolutionId,
                                String subject, String toBody, LocalDate dueMeetingDate, Long expectedVersion) {
        this(meetingId, itemId, actionId, resolutionId, null, subject, toBody, dueMeetingDate, expectedVersion);
    }
}
