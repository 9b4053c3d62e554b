package org.minutebook.command.matters;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.meetings.MeetingScheduled;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whether a meeting's agenda holds an item, and the meeting's council: read from the meeting's events, never by
 * loading the meeting inside the matter's command (a meeting is another record, written under its own lock).
 */
@Component
public class RecordedItems {

    private final EventStore events;
    private final CommitteeRoster committees;

    RecordedItems(EventStore events, CommitteeRoster committees) {
        this.events = events;
        this.committees = committees;
    }

    /**
     * The council of the meeting whose agenda holds the item ({@code ""} when its committee names none); empty when
     * no such meeting or item is recorded.
     */
    public Optional<String> councilOfItem(String meetingId, String itemId) {
        String committeeId = null;
        boolean onAgenda = false;
        for (Object event : events.readEvents(meetingId).asStream().map(message -> message.getPayload()).toList()) {
            if (event instanceof MeetingScheduled scheduled) {
                committeeId = scheduled.committeeId();
            } else if (event instanceof AgendaItemAdded added && added.itemId().equals(itemId)) {
                onAgenda = true;
            }
        }
        return committeeId == null || !onAgenda ? Optional.empty() : committees.councilOf(committeeId);
    }
}
