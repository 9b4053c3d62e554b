package org.minutebook.command.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.platform.ForCommittee;
import org.minutebook.command.platform.PlainText;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.meetings.MeetingContact;

import java.time.LocalDate;
import java.util.List;

/**
 * Schedule a meeting of a registered committee, or enter one held earlier as its minutes describe it; a retry with
 * the same id and details records nothing new. {@code startsAt} gives the day and time; {@code date} alone gives the
 * day when the page states no time; neither, when the page states no date at all. Sent without an id, the meeting
 * is given one read from its committee and day ({@link MeetingIds}).
 */
public record ScheduleMeeting(
        @TargetAggregateIdentifier @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String committeeId,
        @PlainText @NotBlank @Size(max = 300) String title,
        boolean special,
        MeetingTime startsAt,
        LocalDate date,
        @PlainText @Size(min = 1, max = 300) String venue,
        @Size(max = 20) List<@Valid MeetingContact> contacts,
        @URL @Size(max = 2000) String webcastUrl) implements ForCommittee {

    /** The same meeting under the given id. */
    ScheduleMeeting withMeetingId(String id) {
        return new ScheduleMeeting(id, committeeId, title, special, startsAt, date, venue, contacts, webcastUrl);
    }
}
