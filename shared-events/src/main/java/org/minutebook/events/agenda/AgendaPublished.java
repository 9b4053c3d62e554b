package org.minutebook.events.agenda;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * The agenda was published (later amendments are a supplementary agenda).
 *
 * @param meetingId the meeting
 * @param publishedOn the day of publication
 */
@EventVersion(1)
public record AgendaPublished(
        String meetingId,
        LocalDate publishedOn) implements AgendaEvent {

    @Override
    public <R> R accept(AgendaEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
