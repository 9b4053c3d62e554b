package org.minutebook.command.executive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.executive.CallInOutcome;

import java.time.LocalDate;

/** Record what scrutiny resolved on the call-in, on the day it considered it. */
public record ConsiderCallIn(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @NotNull LocalDate consideredOn,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String committeeId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull CallInOutcome outcome,
        @Size(min = 1, max = 20000) String reasons,
        @TargetAggregateVersion Long expectedVersion) {

    /** The same consideration, of the decision named (a correction's, by its path). */
    ConsiderCallIn of(String id) {
        return new ConsiderCallIn(id, consideredOn, committeeId, meetingId, outcome, reasons, expectedVersion);
    }
}
