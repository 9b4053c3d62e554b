package org.minutebook.command.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.AttendanceMode;

/** Record a substitute standing in for an absent member of the committee, in person unless {@code mode} says. */
public record RecordSubstitute(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull @Valid Person substitute,
        @Valid Person forMember,
        AttendanceMode mode,
        @TargetAggregateVersion Long expectedVersion) {

    public RecordSubstitute {
        mode = mode == null ? AttendanceMode.IN_PERSON : mode;
    }

    /** A substitute present in person. */
    public RecordSubstitute(String meetingId, Person substitute, Person forMember, Long expectedVersion) {
        this(meetingId, substitute, forMember, AttendanceMode.IN_PERSON, expectedVersion);
    }
}
