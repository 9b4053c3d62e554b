package org.minutebook.command.business;

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
import org.minutebook.events.business.ReportForm;

import java.util.List;

/** Record that the meeting considered a report, briefing note, presentation or verbal update. */
public record RecordReportConsidered(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        ReportForm form,
        @PlainText @Size(max = 500) String title,
        @PlainText @Size(min = 1, max = 300) String submittedBy,
        @Size(max = 20) List<@NotNull @Valid Person> presentedBy,
        @PlainText @Size(max = 200) String reference,
        @TargetAggregateVersion Long expectedVersion) {
}
