package org.minutebook.events.agenda;

import org.minutebook.events.MeetingEvent;

/**
 * The agenda: its items as added and amended, their order, its publication (docs/events.md, "Agenda").
 */
public sealed interface AgendaEvent extends MeetingEvent permits AgendaItemAdded, AgendaItemAmended, AgendaReordered,
        AgendaPublished {

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R byPart(MeetingEvent.Parts<R> parts) {
        return parts.agenda(this);
    }

    /** An answer for each event of the part: one added fails to compile until every reader of the part answers it. */
    interface Visitor<R> {

        R on(AgendaItemAdded event);

        R on(AgendaItemAmended event);

        R on(AgendaReordered event);

        R on(AgendaPublished event);
    }
}
