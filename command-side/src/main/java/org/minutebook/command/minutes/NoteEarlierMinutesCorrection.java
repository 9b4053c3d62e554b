package org.minutebook.command.minutes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;

import java.time.LocalDate;

/** Record an error noted in the minutes of an earlier meeting, which the record may not hold. */
public record NoteEarlierMinutesCorrection(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String correctedMeetingId,
        @NotNull LocalDate correctedMeetingDate,
        @NotBlank @Size(max = 20000) String text,
        @TargetAggregateVersion Long expectedVersion) {
}
