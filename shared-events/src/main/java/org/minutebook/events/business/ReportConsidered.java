package org.minutebook.events.business;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

/**
 * The meeting considered a report ("A copy of the report marked 'Agenda Item 8' is filed with these
 * minutes").
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param title the report's title, or null when it is the item's
 * @param submittedBy whose report
 * @param reference the filing reference ("Agenda Item 8"), or null
 */
@EventVersion(1)
public record ReportConsidered(
        String meetingId,
        String itemId,
        String title,
        String submittedBy,
        String reference) implements MeetingEvent {
}
