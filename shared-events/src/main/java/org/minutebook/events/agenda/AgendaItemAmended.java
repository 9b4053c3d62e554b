package org.minutebook.events.agenda;

import org.minutebook.events.EventVersion;

import java.util.List;

/**
 * An agenda item was amended; the event carries the item as it now reads.
 *
 * @param meetingId the meeting
 * @param itemId the item's stable id within the meeting
 * @param number the published number ("28", "130"), or null where the agenda has none
 * @param parentItemId the item this is part of (000's "Adoption" under the annual reports), or null
 * @param position its place in the agenda order, from 1
 * @param title the item's title, or null when the page gives none (000 gives only agenda text)
 * @param agendaText what the agenda says of it, or null
 * @param submittedBy who submits the report ("The Director of Children and Family Services"), or null
 * @param documents attached documents
 * @param exemption why the item is exempt, or null for a public item
 */
@EventVersion(2)
public record AgendaItemAmended(
        String meetingId,
        String itemId,
        String number,
        String parentItemId,
        int position,
        String title,
        String agendaText,
        String submittedBy,
        List<AgendaDocument> documents,
        Exemption exemption) implements AgendaEvent {

    @Override
    public <R> R accept(AgendaEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }


    public AgendaItemAmended {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
