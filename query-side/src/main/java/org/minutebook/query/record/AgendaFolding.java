package org.minutebook.query.record;

import org.minutebook.events.agenda.AgendaEvent;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.AgendaItemAmended;
import org.minutebook.events.agenda.AgendaPublished;
import org.minutebook.events.agenda.AgendaReordered;

/** The agenda: each item as it now reads, in the agenda's order, and when the agenda was published. */
final class AgendaFolding implements AgendaEvent.Visitor<RecordFold.Change> {

    @Override
    public RecordFold.Change on(AgendaItemAdded e) {
        return (r, at) -> r.describeItem(new AgendaItem(e.itemId(), e.number(), e.parentItemId(), e.position(),
                e.title(), e.agendaText(), e.submittedBy(), e.documents(), e.exemption(), true, null), at.sequenceNumber());
    }

    @Override
    public RecordFold.Change on(AgendaItemAmended e) {
        return (r, at) -> r.describeItem(new AgendaItem(e.itemId(), e.number(), e.parentItemId(), e.position(),
                e.title(), e.agendaText(), e.submittedBy(), e.documents(), e.exemption(), true, null), at.sequenceNumber());
    }

    @Override
    public RecordFold.Change on(AgendaReordered e) {
        return (r, at) -> r.reorder(e.itemIds(), at.sequenceNumber());
    }

    @Override
    public RecordFold.Change on(AgendaPublished e) {
        return (r, at) -> r.agendaPublishedOn = e.publishedOn();
    }
}
