package org.minutebook.events.agenda;

/**
 * A document attached to an agenda item: a report, an appendix, a presentation.
 *
 * @param title the document's title
 * @param url   where it is published, or null
 */
public record AgendaDocument(String title, String url) {
}
