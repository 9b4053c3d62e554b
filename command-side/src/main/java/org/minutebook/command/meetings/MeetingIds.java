package org.minutebook.command.meetings;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.Sent;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A meeting scheduled without an id is given one read from its committee and its day, as it will appear in every
 * public address: {@code leics-cfosc-2020-11-18}; a second meeting of the committee that day {@code
 * leics-cfosc-2020-11-18-2}; a meeting whose day the minutes do not give {@code leics-cfosc-undated}. An id taken
 * meanwhile by another clerk's meeting is refused by the meeting's own rule (meeting-already-scheduled), never
 * shared.
 */
@Component
class MeetingIds {

    private static final int DAY_AND_COUNT = "-2020-11-18-99".length();

    private final EventStore events;
    private final CommitteeRoster committees;

    MeetingIds(EventStore events, CommitteeRoster committees) {
        this.events = events;
        this.committees = committees;
    }

    /** The command as sent, given a readable id when it came without one. */
    Sent<ScheduleMeeting> named(Sent<ScheduleMeeting> sent) {
        ScheduleMeeting command = sent.command();
        if (command.meetingId() != null && !command.meetingId().isBlank()) {
            return sent;
        }
        String committee = Ids.readable(command.committeeId(), 64 - DAY_AND_COUNT);
        LocalDate day = dayOf(command);
        String base = committee + "-" + (day == null ? "undated" : day.toString());
        String id = base;
        for (int count = 2; events.lastSequenceNumberFor(id).isPresent(); count++) {
            id = base + "-" + count;
        }
        return new Sent<>(command.withMeetingId(id), sent.idempotency());
    }

    private LocalDate dayOf(ScheduleMeeting command) {
        if (command.date() != null) {
            return command.date();
        }
        if (command.startsAt() == null || !command.startsAt().hasDate()) {
            return null;
        }
        ZoneId zone = committees.timeZoneOf(command.committeeId());
        return command.startsAt().in(zone == null ? ZoneId.of("Europe/London") : zone, null, "startsAt")
                .toLocalDate();
    }
}
