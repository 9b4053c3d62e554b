package org.minutebook.command.minutes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;

import java.time.LocalDate;
import java.util.List;

/** At this meeting, confirm the minutes of an earlier meeting of the committee as a correct record. */
public record ConfirmPreviousMinutes(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String confirmedMeetingId,
        LocalDate confirmedMeetingDate,
        @Size(max = 50) List<@NotBlank String> correctionsNoted,
        boolean takenAsRead,
        boolean signed,
        @Valid Person signedBy,
        @Valid Person movedBy,
        @Valid Person secondedBy,
        @TargetAggregateVersion Long expectedVersion) {
}
