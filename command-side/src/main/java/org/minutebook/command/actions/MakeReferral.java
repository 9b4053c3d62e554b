package org.minutebook.command.actions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

/**
 * Record a referral to another body; {@code partId} names the part of the decision that made it. {@code subject} is
 * left out where the minutes state it only in that decision's words ("c) That the Cabinet be advised of the comments
 * made by the Committee.").
 */
public record MakeReferral(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String actionId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String resolutionId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String partId,
        @PlainText @NotBlank @Size(max = 300) String toBody,
        @Size(min = 1, max = 2000) String subject,
        @TargetAggregateVersion Long expectedVersion) {

    public MakeReferral {
        actionId = Ids.orNew(actionId);
    }

    /** A referral made by a decision as a whole, or by none. */
    public MakeReferral(String meetingId, String itemId, String actionId, String resolutionId, String toBody,
                        String subject, Long expectedVersion) {
        this(meetingId, itemId, actionId, resolutionId, null, toBody, subject, expectedVersion);
    }
}
