package org.minutebook.command.meetings;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.events.meetings.MeetingContact;

import java.time.LocalDateTime;
import java.util.List;

public record ScheduleMeeting(
        @TargetAggregateIdentifier String meetingId,
        String committeeId,
        String title,
        boolean special,
        LocalDateTime startsAt,
        String venue,
        List<MeetingContact> contacts,
        String webcastUrl) {
}
