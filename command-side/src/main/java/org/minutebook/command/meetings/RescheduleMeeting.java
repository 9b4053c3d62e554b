package org.minutebook.command.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

import java.time.LocalDate;

/** Move a meeting that has not opened to another day, time or venue. */
public record RescheduleMeeting(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        MeetingTime startsAt,
        LocalDate date,
        @PlainText @Size(min = 1, max = 300) String venue,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
