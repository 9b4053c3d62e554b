package org.minutebook.events;

/** An event in the life of one meeting; the meeting id keys it on Kafka, so one meeting's events stay in order. */
public interface MeetingEvent {

    String meetingId();
}
