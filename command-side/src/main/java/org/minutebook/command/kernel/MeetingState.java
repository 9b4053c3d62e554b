package org.minutebook.command.kernel;

import org.minutebook.events.Person;
import org.minutebook.events.sitting.Sitting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * What every part of a meeting's record needs to know of the meeting itself: its committee, its day and time zone,
 * its phase, when it opened, who chaired it, whether its minutes are still a draft, and the facts that say who
 * presides and who is present at each item ({@link Sitting.Facts}: the chair, attendance, arrivals and departures,
 * declarations, votes cast). Changed only by the event-sourcing handlers of the meeting and its parts; the parts
 * (agenda, attendance, declarations, business, decisions) read it to keep their own rules.
 * <p>
 * The rules keep to the meeting's own timeline, not to the wall clock of recording: facts are recorded live or
 * drafted afterwards from the clerk's notes, until the minutes are confirmed at a later meeting.
 */
public final class MeetingState {

    private String meetingId;
    private String committeeId;
    private LocalDate date;
    private LocalTime startTime;
    private ZoneId zone;
    private MeetingPhase phase;
    private LocalDateTime openedAt;
    private Person chair;
    private LocalDateTime lastMovedAt;
    private boolean minutesConfirmed;
    private final Sitting.Facts sitting = new Sitting.Facts();

    public void scheduled(String meetingId, String committeeId, LocalDate date, LocalTime startTime, ZoneId zone) {
        this.meetingId = meetingId;
        this.committeeId = committeeId;
        this.date = date;
        this.startTime = startTime;
        this.zone = zone;
        this.phase = MeetingPhase.SCHEDULED;
    }

    public void rescheduled(LocalDate date, LocalTime startTime) {
        this.date = date;
        this.startTime = startTime;
    }

    public void opened(LocalDateTime openedAt, Person chair) {
        this.openedAt = openedAt;
        this.chair = chair;
        sitting.opened(chair);
        this.phase = MeetingPhase.OPEN;
        this.lastMovedAt = openedAt;
        if (openedAt != null && date == null) {
            this.date = openedAt.toLocalDate();
        }
    }

    /** Someone took the chair from an item on, or (no item) for the whole meeting, its opening not stating who. */
    public void chairTaken(Person person, String fromItemId) {
        if (fromItemId == null) {
            this.chair = person;
        }
        sitting.chairTaken(person, fromItemId);
    }

    /** A move to a phase at a time, or at a time the minutes do not state (null). */
    public void moved(MeetingPhase phase, LocalDateTime at) {
        this.phase = phase;
        if (at != null) {
            this.lastMovedAt = at;
        }
    }

    public void minutesConfirmed() {
        this.minutesConfirmed = true;
    }

    /**
     * Attendance, declarations and business can be recorded once the meeting has been held (opened), live or
     * afterwards, until its minutes are confirmed; after that only a correction noted at a later meeting changes
     * them.
     */
    public void requireRecordable() {
        switch (phase) {
            case OPEN, ADJOURNED, CLOSED -> {
                if (minutesConfirmed) {
                    throw SharedRules.MINUTES_CONFIRMED.broken("The minutes of meeting " + meetingId
                            + " are confirmed; a fact can now only be corrected, naming the meeting that notes it");
                }
            }
            case SCHEDULED -> throw SharedRules.MEETING_NOT_OPEN.broken("Meeting " + meetingId
                    + " has not been held; open it (with the time, or with none when the"
                            + " minutes do not state it) before recording what happened in it");
            case CANCELLED -> throw SharedRules.MEETING_CANCELLED.broken("Meeting " + meetingId + " was cancelled");
        }
    }

    /** The agenda can change until the minutes are confirmed (items drafted afterwards, one taken as urgent). */
    public void requireAgendaOpen() {
        if (phase == MeetingPhase.CANCELLED || minutesConfirmed) {
            requireRecordable();
        }
    }

    public String meetingId() {
        return meetingId;
    }

    public String committeeId() {
        return committeeId;
    }

    public MeetingPhase phase() {
        return phase;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean minutesAreConfirmed() {
        return minutesConfirmed;
    }

    /** When the meeting opened, or null when the minutes do not state it. */
    public LocalDateTime openedAt() {
        return openedAt;
    }

    /** When the meeting last opened, adjourned or resumed; null when none of those times is stated. */
    public LocalDateTime lastMovedAt() {
        return lastMovedAt;
    }

    /** The meeting's day, or null when the record does not state it. */
    public LocalDate date() {
        return date;
    }

    public LocalTime startTime() {
        return startTime;
    }

    /**
     * Who chaired from the opening (or for the whole meeting), or null when the minutes do not state it; who presides
     * at an item is the sitting's to say ({@link Sitting#presiding}).
     */
    public Person chair() {
        return chair;
    }

    /**
     * The facts that say who presides and who is present at each item, and the votes cast: added to only by the
     * event-sourcing handlers of the meeting's parts, read item by item in agenda order by the agenda.
     */
    public Sitting.Facts sitting() {
        return sitting;
    }

    /**
     * A fact that changes who presides or who is present at an item (an arrival, a departure, leaving the room, a
     * change of chair) must leave every vote already recorded lawful: {@code after} is the sitting with the fact.
     */
    public void requireRecordedVotesStand(Sitting after, Function<String, String> itemNamed, String field) {
        after.firstRecordedVoteNotLawful(itemNamed).ifPresent(why -> {
            throw SharedRules.CONTRADICTS_RECORDED_VOTE.broken(why).at(field);
        });
    }
}
