package org.minutebook.events.business;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

import java.util.List;

/**
 * The meeting considered a report, briefing note, presentation or verbal update ("A copy of the report marked
 * 'Agenda Item 8' is filed with these minutes"; "provided a verbal update").
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param form report, briefing note, presentation or verbal update
 * @param title the report's title, or null when it is the item's
 * @param submittedBy whose report, as written, or null when not stated
 * @param presentedBy who presented or gave it, as the page names them, in order
 * @param reference the filing reference ("Agenda Item 8"), or null
 */
@EventVersion(2)
public record ReportConsidered(
        String meetingId,
        String itemId,
        ReportForm form,
        String title,
        String submittedBy,
        List<Person> presentedBy,
        String reference) implements BusinessEvent {

    @Override
    public <R> R accept(BusinessEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }


    public ReportConsidered {
        presentedBy = presentedBy == null ? List.of() : List.copyOf(presentedBy);
    }
}
