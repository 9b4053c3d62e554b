package org.minutebook.query.record;

import java.time.Instant;

/** One event of a meeting as a projection keeps it: its place in the meeting's stream, when, and the event. */
public record RecordedEvent(long sequenceNumber, Instant recordedAt, Object event) {
}
