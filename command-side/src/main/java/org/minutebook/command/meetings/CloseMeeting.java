package org.minutebook.command.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;


/**
 * Close the meeting ("The meeting closed at 7.00pm"), at a time the minutes may not state; past midnight, with the
 * date ("2021-11-03T00:20"). {@code signatureRole} is the office the minutes' signature block names ("CHAIRMAN",
 * "Chair", "Mayor"), when the page shows one.
 */
public record CloseMeeting(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        MeetingTime closedAt,
        @PlainText @Size(max = 100) String signatureRole,
        @TargetAggregateVersion Long expectedVersion) {

    /** A close with no signature block stated. */
    public CloseMeeting(String meetingId, MeetingTime closedAt, Long expectedVersion) {
        this(meetingId, closedAt, null, expectedVersion);
    }
}
