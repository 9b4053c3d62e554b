package org.minutebook.command.meetings;

import org.minutebook.command.RuleViolation;
import org.minutebook.events.Person;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What every part of a meeting's record needs to know of the meeting itself: its committee, its phase, when it
 * opened and who chairs. Owned by {@link Meeting}, changed only by its event-sourcing handlers, shared read-only
 * with the parts (agenda, attendance, declarations, business) that keep their own rules.
 */
public final class MeetingState {

    private String meetingId;
    private String committeeId;
    private LocalDateTime startsAt;
    private MeetingPhase phase;
    private LocalDateTime openedAt;
    private Person chair;
    private LocalDateTime lastMovedAt;

    void scheduled(String meetingId, String committeeId, LocalDateTime startsAt) {
        this.meetingId = meetingId;
        this.committeeId = committeeId;
        this.startsAt = startsAt;
        this.phase = MeetingPhase.SCHEDULED;
    }

    void rescheduled(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    void opened(LocalDateTime openedAt, Person chair) {
        this.openedAt = openedAt;
        this.chair = chair;
        this.phase = MeetingPhase.OPEN;
        this.lastMovedAt = openedAt;
    }

    void moved(MeetingPhase phase, LocalDateTime at) {
        this.phase = phase;
        if (at != null) {
            this.lastMovedAt = at;
        }
    }

    /** When the meeting last opened, adjourned or resumed. */
    LocalDateTime lastMovedAt() {
        return lastMovedAt;
    }

    /** Attendance, declarations and business are recorded only while the meeting is in session. */
    public void requireInSession() {
        switch (phase) {
            case OPEN -> {
            }
            case SCHEDULED -> throw RuleViolation.conflict("meeting-not-open",
                    "Meeting " + meetingId + " has not been opened; open it before recording what happens in it");
            case ADJOURNED -> throw RuleViolation.conflict("meeting-adjourned",
                    "Meeting " + meetingId + " is adjourned; resume it first");
            case CLOSED -> throw RuleViolation.conflict("meeting-closed",
                    "Meeting " + meetingId + " is closed; a recorded fact can only be corrected");
            case CANCELLED -> throw RuleViolation.conflict("meeting-cancelled",
                    "Meeting " + meetingId + " was cancelled");
        }
    }

    /** The agenda can change until the meeting closes. */
    public void requireNotFinished() {
        if (phase == MeetingPhase.CLOSED || phase == MeetingPhase.CANCELLED) {
            requireInSession();
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

    public LocalDateTime openedAt() {
        return openedAt;
    }

    /** The meeting's date: when it opened, or when it is scheduled to. */
    public LocalDate date() {
        return (openedAt != null ? openedAt : startsAt).toLocalDate();
    }

    public Person chair() {
        return chair;
    }

    public boolean isChair(Person person) {
        return chair != null && person != null && sameOne(chair, person);
    }

    /** Two mentions are the same person when their ids match, or, without ids, their names as written. */
    public static boolean sameOne(Person a, Person b) {
        if (a.id() != null && b.id() != null) {
            return a.id().equals(b.id());
        }
        return a.name().equalsIgnoreCase(b.name());
    }
}
