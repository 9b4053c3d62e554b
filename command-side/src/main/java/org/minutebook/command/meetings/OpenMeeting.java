package org.minutebook.command.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;


/** The meeting was held: it opened, at a time and with a chair, either of which the minutes may not state. */
public record OpenMeeting(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        MeetingTime openedAt,
        @Valid Person chair,
        @TargetAggregateVersion Long expectedVersion) {
}
