package org.minutebook.command.minutes;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.kernel.MeetingPhase;
import org.minutebook.command.kernel.MeetingState;
import org.minutebook.events.Person;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesSigned;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import static org.minutebook.command.kernel.WrittenTimes.written;

/**
 * This meeting's own minutes: confirmed once, at a later meeting of the same committee, and signed only by the
 * chair of that later meeting.
 */
public final class MinutesRecord {

    private final MeetingState state;
    private String confirmedAt;
    private Person confirmingChair;
    private boolean signed;

    public MinutesRecord(MeetingState state) {
        this.state = state;
    }

    @CommandHandler
    void handle(RecordMinutesConfirmation command) {
        if (state.phase() != MeetingPhase.CLOSED) {
            throw MinutesRules.MEETING_NOT_CLOSED.broken("Meeting " + state.meetingId()
                    + " has not closed, so it has no minutes to confirm");
        }
        if (!state.committeeId().equals(command.atCommitteeId())) {
            throw MinutesRules.MINUTES_OF_OTHER_COMMITTEE.broken("Meeting " + state.meetingId()
                    + " is of committee " + state.committeeId() + "; its minutes are confirmed by that committee")
                    .at("atCommitteeId");
        }
        if (state.date() != null && command.atMeetingDate() != null && !command.atMeetingDate().isAfter(state.date())) {
            throw MinutesRules.MINUTES_NOT_CONFIRMED_AT_LATER_MEETING.broken("Minutes are confirmed at a later meeting,"
                    + " not on " + written(command.atMeetingDate())).at("atMeetingDate");
        }
        if (state.date() != null && command.confirmedMeetingDate() != null
                && !command.confirmedMeetingDate().equals(state.date())) {
            throw MinutesRules.CONFIRMED_DATE_MISMATCH.broken("Meeting " + state.meetingId() + " was held on "
                    + written(state.date()) + ", not " + written(command.confirmedMeetingDate())).at("confirmedMeetingDate");
        }
        if (confirmedAt != null) {
            throw MinutesRules.MINUTES_ALREADY_CONFIRMED.broken("The minutes of meeting " + state.meetingId()
                    + " were already confirmed at " + confirmedAt);
        }
        apply(new MinutesConfirmed(state.meetingId(), command.atMeetingId(), command.chairOfConfirmingMeeting()));
        if (command.signedBy() != null) {
            apply(new MinutesSigned(state.meetingId(), command.signedBy(), command.atMeetingId()));
        }
    }

    @CommandHandler
    void handle(SignMinutes command) {
        if (confirmedAt == null) {
            throw MinutesRules.MINUTES_NOT_CONFIRMED.broken("The minutes of meeting " + state.meetingId()
                    + " are not yet confirmed");
        }
        if (signed) {
            throw MinutesRules.MINUTES_ALREADY_SIGNED.broken("The minutes of meeting " + state.meetingId()
                    + " are already signed");
        }
        boolean atConfirmingMeeting = command.atMeetingId().equals(confirmedAt);
        if (!atConfirmingMeeting || confirmingChair != null && !confirmingChair.sameAs(command.signedBy())) {
            throw MinutesRules.ONLY_CHAIR_SIGNS.broken("Only the chair of meeting " + confirmedAt
                    + (confirmingChair == null ? "" : " (" + confirmingChair.asWritten() + ")")
                    + ", which confirmed these minutes, signs them")
                    .at(atConfirmingMeeting ? "signedBy" : "atMeetingId");
        }
        apply(new MinutesSigned(state.meetingId(), command.signedBy(), command.atMeetingId()));
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    @EventSourcingHandler
    void on(MinutesConfirmed event) {
        confirmedAt = event.atMeetingId();
        confirmingChair = event.chairOfConfirmingMeeting();
    }

    @EventSourcingHandler
    void on(MinutesSigned event) {
        signed = true;
    }
}
