package org.minutebook.query.record;

import org.minutebook.events.MeetingEvent;
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

/** Each part of the record to its folding, which says how each of the part's events changes the record. */
final class Foldings implements MeetingEvent.Parts<RecordFold.Change> {

    private final MeetingLifeFolding meeting = new MeetingLifeFolding();
    private final AgendaFolding agenda = new AgendaFolding();
    private final AttendanceFolding attendance = new AttendanceFolding();
    private final DeclarationFolding declarations = new DeclarationFolding();
    private final MinutesFolding minutes = new MinutesFolding();
    private final BusinessFolding business = new BusinessFolding();
    private final QuestionFolding questions = new QuestionFolding();
    private final DecisionFolding decisions = new DecisionFolding();
    private final FollowUpFolding followUps = new FollowUpFolding();

    @Override
    public RecordFold.Change meeting(MeetingLifeEvent event) {
        return event.accept(meeting);
    }

    @Override
    public RecordFold.Change agenda(AgendaEvent event) {
        return event.accept(agenda);
    }

    @Override
    public RecordFold.Change attendance(AttendanceEvent event) {
        return event.accept(attendance);
    }

    @Override
    public RecordFold.Change declarations(DeclarationEvent event) {
        return event.accept(declarations);
    }

    @Override
    public RecordFold.Change minutes(MinutesEvent event) {
        return event.accept(minutes);
    }

    @Override
    public RecordFold.Change business(BusinessEvent event) {
        return event.accept(business);
    }

    @Override
    public RecordFold.Change questions(QuestionEvent event) {
        return event.accept(questions);
    }

    @Override
    public RecordFold.Change decisions(DecisionEvent event) {
        return event.accept(decisions);
    }

    @Override
    public RecordFold.Change followUps(FollowUpEvent event) {
        return event.accept(followUps);
    }

    /** A correction changes what came before it: {@link RecordFold#apply} folds the meeting again instead. */
    @Override
    public RecordFold.Change correction(FactCorrected event) {
        return (record, at) -> {
        };
    }

    /** The page an import was read from stays in the history; the record holds the facts recorded from it. */
    @Override
    public RecordFold.Change imported(MinutesImported event) {
        return (record, at) -> {
        };
    }
}
