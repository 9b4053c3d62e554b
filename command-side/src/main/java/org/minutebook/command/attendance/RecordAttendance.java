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

/**
 * Record a member as present (in person unless {@code mode} says otherwise), attending remotely, or in attendance
 * without being a member of the committee.
 */
public record RecordAttendance(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotNull @Valid Person member,
        AttendanceMode mode,
        @TargetAggregateVersion Long expectedVersion) {

    public RecordAttendance {
        mode = mode == null ? AttendanceMode.IN_PERSON : mode;
    }

    /** Present in person. */
    public RecordAttendance(String meetingId, Person member, Long expectedVersion) {
        this(meetingId, member, AttendanceMode.IN_PERSON, expectedVersion);
    }
}
