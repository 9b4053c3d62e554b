package org.minutebook.events.imports;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

import java.util.List;

/**
 * The meeting's record was imported from its published minutes page: where the page came from, its checksum, the
 * text as imported, and which of the meeting's events record which fact of the page. An audit reads here what the
 * record was taken from; a later import of the same page finds it unchanged by its checksum, and an import of a
 * changed page corrects only the facts whose wording changed.
 *
 * @param meetingId the meeting
 * @param source    the page's origin as given: a file name ("002_badff10682084d70.txt") or a URL
 * @param sha256    the SHA-256 checksum of {@code text} (UTF-8), in lower-case hex
 * @param text      the page's text, as imported
 * @param facts     each fact recorded from the page, by its key, the event that records it and a fingerprint of
 *                  what was recorded
 */
@EventVersion(1)
public record MinutesImported(
        String meetingId,
        String source,
        String sha256,
        String text,
        List<ImportedFact> facts) implements MeetingEvent {

    public MinutesImported {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    @Override
    public <R> R byPart(MeetingEvent.Parts<R> parts) {
        return parts.imported(this);
    }
}
