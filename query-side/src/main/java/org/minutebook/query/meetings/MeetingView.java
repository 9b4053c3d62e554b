package org.minutebook.query.meetings;

import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting as officers see it, one document per meeting in the {@code meetings} collection.
 *
 * @param version the sequence number of the last event projected into this document
 */
public record MeetingView(
        @BsonId String meetingId,
        String committeeId,
        String title,
        boolean special,
        LocalDateTime startsAt,
        String venue,
        List<Contact> contacts,
        String webcastUrl,
        String status,
        long version) {

    public record Contact(String name, String role, String phone, String email) {
    }
}
