package org.minutebook.events;

import org.minutebook.events.actions.FollowUpEvent;
import org.minutebook.events.agenda.AgendaEvent;
import org.minutebook.events.attendance.AttendanceEvent;
import org.minutebook.events.business.BusinessEvent;
import org.minutebook.events.business.QuestionEvent;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.declarations.DeclarationEvent;
import org.minutebook.events.imports.MinutesImported;
import org.minutebook.events.meetings.MeetingLifeEvent;
import org.minutebook.events.minutes.MinutesEvent;
import org.minutebook.events.resolutions.DecisionEvent;

/**
 * An event in the life of one meeting; the meeting id keys it on Kafka, so one meeting's events stay in order.
 * <p>
 * Every meeting event belongs to one part of the record, as docs/events.md lists them: the meeting's own life, its
 * agenda, attendance, declarations, the minutes (previous minutes and signature), the business of items,
 * questions, decisions, actions and referrals; and two about the record as a whole, a correction of a fact and the
 * page an import read. The set is sealed, and each part has a visitor with an answer for each of its events: a
 * reader that must know every fact (a fold, a feed, the corrections) implements them, so an event added to a part
 * fails to compile wherever it has no answer yet (Java 17 has no pattern {@code switch} over sealed types).
 */
public sealed interface MeetingEvent permits MeetingLifeEvent, AgendaEvent, AttendanceEvent, DeclarationEvent,
        MinutesEvent, BusinessEvent, QuestionEvent, DecisionEvent, FollowUpEvent, FactCorrected, MinutesImported {

    String meetingId();

    /** The answer of {@code parts} for the part of the record this event belongs to. */
    <R> R byPart(Parts<R> parts);

    /**
     * An answer for each part of the record: a reader that answers a whole part alike (the decisions feed publishes
     * no attendance) answers here; one that answers event by event passes the event on to the part's visitor.
     */
    interface Parts<R> {

        R meeting(MeetingLifeEvent event);

        R agenda(AgendaEvent event);

        R attendance(AttendanceEvent event);

        R declarations(DeclarationEvent event);

        R minutes(MinutesEvent event);

        R business(BusinessEvent event);

        R questions(QuestionEvent event);

        R decisions(DecisionEvent event);

        R followUps(FollowUpEvent event);

        R correction(FactCorrected event);

        R imported(MinutesImported event);
    }
}
