package org.minutebook.command.business;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.RuleViolation;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.meetings.MeetingState;
import org.minutebook.command.meetings.Versions;
import org.minutebook.events.business.ChairsAnnouncementMade;
import org.minutebook.events.business.FutureMeetingDatesNoted;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.NoPetitionsReceived;
import org.minutebook.events.business.PetitionReceived;
import org.minutebook.events.business.ReportConsidered;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The business of the items: announcements, petitions, reports considered, minute text, future dates. */
public final class ItemBusiness {

    private final MeetingState state;
    private final Agenda agenda;
    private final Set<String> petitionIds = new HashSet<>();
    private boolean noPetitions;
    private final Set<String> minutedItems = new HashSet<>();

    public ItemBusiness(MeetingState state, Agenda agenda) {
        this.state = state;
        this.agenda = agenda;
    }

    @CommandHandler
    long handle(MakeChairsAnnouncement command) {
        requireItemInSession(command.itemId());
        apply(new ChairsAnnouncementMade(state.meetingId(), command.itemId(), command.text()));
        return Versions.current();
    }

    @CommandHandler
    long handle(ReceivePetition command) {
        requireItemInSession(command.itemId());
        if (noPetitions) {
            throw petitionsContradict();
        }
        if (petitionIds.contains(command.petitionId())) {
            throw RuleViolation.conflict("petition-already-recorded",
                    "Petition " + command.petitionId() + " is already recorded");
        }
        apply(new PetitionReceived(state.meetingId(), command.itemId(), command.petitionId(), command.title(),
                command.presentedBy(), command.signatures(), command.text()));
        return Versions.current();
    }

    @CommandHandler
    long handle(RecordNoPetitions command) {
        requireItemInSession(command.itemId());
        if (noPetitions || !petitionIds.isEmpty()) {
            throw petitionsContradict();
        }
        apply(new NoPetitionsReceived(state.meetingId(), command.itemId(), command.text()));
        return Versions.current();
    }

    @CommandHandler
    long handle(RecordReportConsidered command) {
        requireItemInSession(command.itemId());
        apply(new ReportConsidered(state.meetingId(), command.itemId(), command.title(), command.submittedBy(),
                command.reference()));
        return Versions.current();
    }

    @CommandHandler
    long handle(MinuteItem command) {
        requireItemInSession(command.itemId());
        if (minutedItems.contains(command.itemId())) {
            throw RuleViolation.conflict("item-already-minuted",
                    "Item " + command.itemId() + " is already minuted; correct the minute instead");
        }
        apply(new ItemMinuted(state.meetingId(), command.itemId(), command.text(), command.pointsRaised()));
        return Versions.current();
    }

    @CommandHandler
    long handle(NoteFutureMeetingDates command) {
        requireItemInSession(command.itemId());
        LocalDateTime meetingDay = state.date().plusDays(1).atStartOfDay();
        if (command.dates().stream().anyMatch(date -> date.isBefore(meetingDay))) {
            throw RuleViolation.invalid("future-date-not-after-meeting",
                    "Dates of future meetings fall after this meeting's day, " + state.date());
        }
        apply(new FutureMeetingDatesNoted(state.meetingId(), command.itemId(), command.dates()));
        return Versions.current();
    }

    private void requireItemInSession(String itemId) {
        state.requireInSession();
        agenda.requireItem(itemId);
    }

    private static RuleViolation petitionsContradict() {
        return RuleViolation.conflict("petitions-contradict",
                "\"No petitions\" and a petition cannot both stand in one meeting");
    }

    @EventSourcingHandler
    void on(PetitionReceived event) {
        petitionIds.add(event.petitionId());
    }

    @EventSourcingHandler
    void on(NoPetitionsReceived event) {
        noPetitions = true;
    }

    @EventSourcingHandler
    void on(ItemMinuted event) {
        minutedItems.add(event.itemId());
    }
}
