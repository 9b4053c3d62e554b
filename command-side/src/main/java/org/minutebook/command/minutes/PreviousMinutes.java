package org.minutebook.command.minutes;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.kernel.MeetingState;
import org.minutebook.command.resolutions.DecisionRules;
import org.minutebook.events.Person;
import org.minutebook.events.minutes.EarlierMinutesCorrectionNoted;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;
import org.minutebook.events.sitting.Sitting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** At this meeting: the minutes of earlier meetings confirmed as a correct record, and signed by the chair. */
public final class PreviousMinutes {

    private final MeetingState state;
    private final Agenda agenda;
    private final Set<LocalDate> confirmedDates = new HashSet<>();

    public PreviousMinutes(MeetingState state, Agenda agenda) {
        this.state = state;
        this.agenda = agenda;
    }

    /**
     * The minutes are signed by, and their confirmation names as chair, whoever presides at the item that confirms
     * them (not whoever took the chair last).
     */
    @CommandHandler
    void handle(ConfirmPreviousMinutes command, MinutesRegister register, CommitteeRoster committees) {
        state.requireRecordable();
        agenda.requireItem(command.itemId(), "itemId");
        if (command.confirmedMeetingDate() != null && state.date() != null
                && !command.confirmedMeetingDate().isBefore(state.date())) {
            throw MinutesRules.MINUTES_NOT_OF_EARLIER_MEETING.broken("Minutes confirmed at this meeting are of an"
                    + " earlier one, not of " + command.confirmedMeetingDate())
                    .at("confirmedMeetingDate");
        }
        if (command.confirmedMeetingDate() != null && confirmedDates.contains(command.confirmedMeetingDate())) {
            throw MinutesRules.MINUTES_ALREADY_CONFIRMED.broken("The minutes of " + command.confirmedMeetingDate()
                    + " are already confirmed at this meeting")
                    .at("confirmedMeetingDate");
        }
        Sitting sitting = agenda.sitting(committees);
        requirePresent(sitting, command.movedBy(), command.itemId(), "movedBy");
        requirePresent(sitting, command.secondedBy(), command.itemId(), "secondedBy");
        Person presiding = sitting.presiding(command.itemId());
        if (command.signedBy() != null && (presiding == null || !presiding.sameAs(command.signedBy()))) {
            throw MinutesRules.ONLY_CHAIR_SIGNS.broken(command.signedBy().asWritten() + " did not preside at "
                    + agenda.named(command.itemId()) + (presiding == null ? "" : " (" + presiding.asWritten()
                    + " did)") + ", so cannot sign the minutes").at("signedBy");
        }
        if (command.confirmedMeetingId() != null) {
            try {
                register.recordConfirmation(new RecordMinutesConfirmation(command.confirmedMeetingId(),
                        command.confirmedMeetingDate(), state.meetingId(), state.committeeId(), state.date(),
                        presiding, command.signedBy()));
            } catch (RuleViolation refused) {
                // the earlier meeting refuses what this command said of it: the date it gave, or else the meeting
                // it named (its committee, its day, its phase are that meeting's, not fields of this command)
                throw refused.at(refused.field().filter("confirmedMeetingDate"::equals)
                        .orElse("confirmedMeetingId"));
            }
        }
        apply(new PreviousMinutesConfirmed(state.meetingId(), command.itemId(), command.confirmedMeetingId(),
                command.confirmedMeetingDate(), command.correctionsNoted(), command.takenAsRead(),
                command.signed() || command.signedBy() != null, command.signedBy(), command.movedBy(),
                command.secondedBy()));
    }

    /** Only those present at the item move and second that the minutes be confirmed, as for any motion. */
    private void requirePresent(Sitting sitting, Person person, String itemId, String field) {
        if (person == null) {
            return;
        }
        sitting.absence(person, itemId).ifPresent(absence -> {
            throw DecisionRules.MOVER_NOT_PRESENT.broken(person.asWritten() + " " + absence.says(agenda::named)
                    + ", so cannot move or second at " + agenda.named(itemId)).at(field);
        });
    }

    /**
     * An error noted in the minutes of an earlier meeting. When that meeting is in the record its fact is corrected
     * there too, by a correction naming this meeting; this records what this meeting's minutes say.
     */
    @CommandHandler
    void handle(NoteEarlierMinutesCorrection command) {
        state.requireRecordable();
        agenda.requireItem(command.itemId(), "itemId");
        if (state.date() != null && !command.correctedMeetingDate().isBefore(state.date())) {
            throw MinutesRules.MINUTES_NOT_OF_EARLIER_MEETING.broken("A correction noted at this meeting is to"
                    + " the minutes of an earlier one, not of " + command.correctedMeetingDate())
                    .at("correctedMeetingDate");
        }
        apply(new EarlierMinutesCorrectionNoted(state.meetingId(), command.itemId(), command.correctedMeetingId(),
                command.correctedMeetingDate(), command.text()));
    }

    @EventSourcingHandler
    void on(PreviousMinutesConfirmed event) {
        if (event.confirmedMeetingDate() != null) {
            confirmedDates.add(event.confirmedMeetingDate());
        }
    }
}
