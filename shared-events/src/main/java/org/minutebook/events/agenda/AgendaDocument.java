package org.minutebook.events.agenda;

/** A document attached to an agenda item: a report, an appendix, a presentation. */
public record AgendaDocument(String title, String url) {
}
