package org.minutebook.command.recommendations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;

import java.time.LocalDate;

/** Record progress on an accepted (or partly accepted) recommendation, as the tracker reports it. */
public record ReportProgress(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String reportId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String recommendationId,
        @NotNull LocalDate reportedOn,
        @NotBlank @Size(max = 20000) String progress,
        Boolean implemented,
        @TargetAggregateVersion Long expectedVersion) {

    /** The same update, of the report and recommendation named (a correction's, by its path). */
    ReportProgress of(String report, String recommendation) {
        return new ReportProgress(report, recommendation, reportedOn, progress, implemented, expectedVersion);
    }
}
