package org.minutebook.query.meetings;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.minutebook.events.meetings.MeetingScheduled;
import org.springframework.stereotype.Component;

/**
 * Owns the {@code meetings} read model. Delivery from Kafka is at least once, so every write is idempotent: a
 * document is keyed by meeting id and remembers the sequence number of the last event it holds.
 */
@Component
@ProcessingGroup(MeetingsProjection.NAME)
class MeetingsProjection {

    static final String NAME = "meetings";

    private final MongoCollection<MeetingView> meetings;

    MeetingsProjection(MongoDatabase readModels) {
        this.meetings = readModels.getCollection(NAME, MeetingView.class);
    }

    @EventHandler
    void on(MeetingScheduled event, @SequenceNumber long sequenceNumber) {
        MeetingView view = new MeetingView(event.meetingId(), event.committeeId(), event.title(), event.special(),
                event.startsAt(), event.venue(),
                event.contacts().stream()
                        .map(contact -> new MeetingView.Contact(contact.name(), contact.role(), contact.phone(),
                                contact.email()))
                        .toList(),
                event.webcastUrl(), "scheduled", sequenceNumber);
        try {
            meetings.insertOne(view);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // delivered again: the meeting is already projected
        }
    }
}
