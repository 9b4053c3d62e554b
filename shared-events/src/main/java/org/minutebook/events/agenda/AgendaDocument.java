package org.minutebook.events.agenda;

/**
 * A document attached to an agenda item: a report, an appendix, a presentation ("pdf icon PDF 238 KB").
 *
 * @param title      the document's title, or null when the page does not give it ("Additional documents:")
 * @param url        where it is published, or null
 * @param format     the format as published ("PDF"), or null when not stated
 * @param size       the size as published ("238 KB"), or null when not stated
 * @param additional listed under "Additional documents"
 */
public record AgendaDocument(String title, String url, String format, String size, boolean additional) {

    /** A document known by its title and address only. */
    public AgendaDocument(String title, String url) {
        this(title, url, null, null, false);
    }
}
