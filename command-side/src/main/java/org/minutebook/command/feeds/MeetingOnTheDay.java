package org.minutebook.command.feeds;

import org.minutebook.events.MeetingEvent;
import org.minutebook.events.actions.FollowUpEvent;
import org.minutebook.events.agenda.AgendaEvent;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.AgendaItemAmended;
import org.minutebook.events.agenda.AgendaPublished;
import org.minutebook.events.agenda.AgendaReordered;
import org.minutebook.events.agenda.Exemption;
import org.minutebook.events.attendance.AttendanceEvent;
import org.minutebook.events.business.BusinessEvent;
import org.minutebook.events.business.QuestionEvent;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.declarations.DeclarationEvent;
import org.minutebook.events.imports.MinutesImported;
import org.minutebook.events.meetings.MeetingAdjourned;
import org.minutebook.events.meetings.MeetingCancelled;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingLifeEvent;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingRescheduled;
import org.minutebook.events.meetings.MeetingResumed;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.events.minutes.MinutesEvent;
import org.minutebook.events.published.Item;
import org.minutebook.events.published.Meeting;
import org.minutebook.events.resolutions.DecisionEvent;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a published decision says of its meeting and item — the committee, the meeting's title and date, the item's
 * number, title and whether it is exempt — as the record stood when the decision was published: folded from the
 * meeting's facts before it, as corrected by then. The meeting's own life and its agenda answer; no other part of the
 * record says anything here.
 */
final class MeetingOnTheDay implements MeetingEvent.Parts<MeetingOnTheDay>,
        MeetingLifeEvent.Visitor<MeetingOnTheDay>, AgendaEvent.Visitor<MeetingOnTheDay> {

    private String committeeId;
    private String title;
    private LocalDate scheduledFor;
    private LocalDate openedOn;
    private final Map<String, Described> items = new HashMap<>();

    /** An agenda item as last described. */
    private record Described(String number, String parentItemId, String title, Exemption exemption) {
    }

    private MeetingOnTheDay() {
    }

    /** The meeting as these facts make it, in order. */
    static MeetingOnTheDay of(List<MeetingEvent> facts) {
        MeetingOnTheDay meeting = new MeetingOnTheDay();
        facts.forEach(fact -> fact.byPart(meeting));
        return meeting;
    }

    String committeeId() {
        return committeeId;
    }

    /** The meeting's date: the day it opened, else the day it was scheduled for; null when neither is stated. */
    LocalDate date() {
        return openedOn != null ? openedOn : scheduledFor;
    }

    Meeting meeting(String meetingId) {
        return new Meeting(meetingId, date(), title);
    }

    /** The item as the agenda describes it; one the agenda does not hold, by its id alone. */
    Item item(String itemId) {
        Described described = items.get(itemId);
        return described == null ? new Item(itemId, null, null)
                : new Item(itemId, described.number(), described.title());
    }

    /** Exempt itself, or a part of an exempt item (its parent, or its parent's parent…). */
    boolean isExempt(String itemId) {
        Set<String> seen = new HashSet<>();
        for (String at = itemId; at != null && seen.add(at); at = items.containsKey(at)
                ? items.get(at).parentItemId() : null) {
            if (items.containsKey(at) && items.get(at).exemption() != null) {
                return true;
            }
        }
        return false;
    }

    // --- the meeting's own life -------------------------------------------------------------------------------

    @Override
    public MeetingOnTheDay meeting(MeetingLifeEvent event) {
        return event.accept(this);
    }

    @Override
    public MeetingOnTheDay on(MeetingScheduled event) {
        committeeId = event.committeeId();
        title = event.title();
        scheduledFor = event.date();
        return this;
    }

    @Override
    public MeetingOnTheDay on(MeetingRescheduled event) {
        scheduledFor = event.date();
        return this;
    }

    @Override
    public MeetingOnTheDay on(MeetingOpened event) {
        openedOn = event.openedAt() == null ? null : event.openedAt().toLocalDate();
        return this;
    }

    @Override
    public MeetingOnTheDay on(MeetingCancelled event) {
        return this;
    }

    @Override
    public MeetingOnTheDay on(MeetingAdjourned event) {
        return this;
    }

    @Override
    public MeetingOnTheDay on(MeetingResumed event) {
        return this;
    }

    @Override
    public MeetingOnTheDay on(MeetingClosed event) {
        return this;
    }

    @Override
    public MeetingOnTheDay on(MeetingRoleTaken event) {
        return this;
    }

    // --- the agenda ---------------------------------------------------------------------------------------------

    @Override
    public MeetingOnTheDay agenda(AgendaEvent event) {
        return event.accept(this);
    }

    @Override
    public MeetingOnTheDay on(AgendaItemAdded event) {
        items.put(event.itemId(), new Described(event.number(), event.parentItemId(), event.title(),
                event.exemption()));
        return this;
    }

    @Override
    public MeetingOnTheDay on(AgendaItemAmended event) {
        items.put(event.itemId(), new Described(event.number(), event.parentItemId(), event.title(),
                event.exemption()));
        return this;
    }

    @Override
    public MeetingOnTheDay on(AgendaReordered event) {
        return this;
    }

    @Override
    public MeetingOnTheDay on(AgendaPublished event) {
        return this;
    }

    // --- no other part of the record says anything of the meeting or its items -------------------------------------

    @Override
    public MeetingOnTheDay attendance(AttendanceEvent event) {
        return this;
    }

    @Override
    public MeetingOnTheDay declarations(DeclarationEvent event) {
        return this;
    }

    @Override
    public MeetingOnTheDay minutes(MinutesEvent event) {
        return this;
    }

    @Override
    public MeetingOnTheDay business(BusinessEvent event) {
        return this;
    }

    @Override
    public MeetingOnTheDay questions(QuestionEvent event) {
        return this;
    }

    @Override
    public MeetingOnTheDay decisions(DecisionEvent event) {
        return this;
    }

    @Override
    public MeetingOnTheDay followUps(FollowUpEvent event) {
        return this;
    }

    @Override
    public MeetingOnTheDay correction(FactCorrected event) {
        return this;
    }

    @Override
    public MeetingOnTheDay imported(MinutesImported event) {
        return this;
    }
}
