package org.minutebook.command.business;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.kernel.MeetingState;
import org.minutebook.events.business.ChairsAnnouncementMade;
import org.minutebook.events.business.FutureMeetingDatesNoted;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.ItemNoted;
import org.minutebook.events.business.NoMattersArising;
import org.minutebook.events.business.NoRepresentationsReceived;
import org.minutebook.events.business.NoUrgentItems;
import org.minutebook.events.business.ReportForm;
import org.minutebook.events.business.RepresentationReceived;
import org.minutebook.events.business.UrgentItemTaken;
import org.minutebook.events.business.NoPetitionsReceived;
import org.minutebook.events.business.PetitionReceived;
import org.minutebook.events.business.ReportConsidered;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import static org.minutebook.command.kernel.WrittenTimes.written;

/**
 * The business of the items: announcements, petitions, representations, reports and updates considered, minute
 * text, outcomes noted, urgent business, matters arising, future dates. "None" and "some" never both stand.
 */
public final class ItemBusiness {

    private final MeetingState state;
    private final Agenda agenda;
    private final Set<String> petitionIds = new HashSet<>();
    private boolean noPetitions;
    private final Set<String> minutedItems = new HashSet<>();
    private final Set<String> noted = new HashSet<>();
    private final Set<String> urgentItems = new HashSet<>();
    private boolean noUrgentItems;
    private final Set<String> representationIds = new HashSet<>();
    private final Set<String> representationItems = new HashSet<>();
    /** Items under which none were reported: 001 reports none, then takes a late statement at another item. */
    private final Set<String> noRepresentationsUnder = new HashSet<>();

    public ItemBusiness(MeetingState state, Agenda agenda) {
        this.state = state;
        this.agenda = agenda;
    }

    @CommandHandler
    void handle(MakeChairsAnnouncement command) {
        requireItemInSession(command.itemId());
        apply(new ChairsAnnouncementMade(state.meetingId(), command.itemId(), command.text()));
    }

    @CommandHandler
    void handle(ReceivePetition command) {
        requireItemInSession(command.itemId());
        if (noPetitions) {
            throw petitionsContradict();
        }
        if (petitionIds.contains(command.petitionId())) {
            throw BusinessRules.PETITION_ALREADY_RECORDED.broken("Petition " + command.petitionId()
                    + " is already recorded").at("petitionId");
        }
        apply(new PetitionReceived(state.meetingId(), command.itemId(), command.petitionId(), command.title(),
                command.presentedBy(), command.signatures(), command.text()));
    }

    @CommandHandler
    void handle(RecordNoPetitions command) {
        requireItemInSession(command.itemId());
        if (noPetitions || !petitionIds.isEmpty()) {
            throw petitionsContradict();
        }
        apply(new NoPetitionsReceived(state.meetingId(), command.itemId(), command.text()));
    }

    @CommandHandler
    void handle(RecordReportConsidered command) {
        requireItemInSession(command.itemId());
        apply(new ReportConsidered(state.meetingId(), command.itemId(),
                command.form() == null ? ReportForm.REPORT : command.form(), command.title(), command.submittedBy(),
                command.presentedBy(), command.reference()));
    }

    @CommandHandler
    void handle(MinuteItem command) {
        requireItemInSession(command.itemId());
        if (minutedItems.contains(command.itemId())) {
            throw BusinessRules.ITEM_ALREADY_MINUTED.broken("Item " + command.itemId()
                    + " is already minuted; correct the minute instead").at("itemId");
        }
        apply(new ItemMinuted(state.meetingId(), command.itemId(), command.blocks(), command.cutOff()));
    }

    /** The item's outcome was that it was noted; it may also have a minute, but no formal resolution. */
    @CommandHandler
    void handle(RecordItemNoted command) {
        requireItemInSession(command.itemId());
        if (noted.contains(command.itemId())) {
            throw BusinessRules.ITEM_ALREADY_NOTED.broken("Item " + command.itemId() + " is already noted")
                    .at("itemId");
        }
        apply(new ItemNoted(state.meetingId(), command.itemId(), command.text()));
    }

    @CommandHandler
    void handle(RecordNoMattersArising command) {
        requireItemInSession(command.itemId());
        apply(new NoMattersArising(state.meetingId(), command.itemId(), command.text()));
    }

    @CommandHandler
    void handle(RecordNoUrgentItems command) {
        requireItemInSession(command.itemId());
        if (noUrgentItems || !urgentItems.isEmpty()) {
            throw urgentItemsContradict();
        }
        apply(new NoUrgentItems(state.meetingId(), command.itemId(), command.text()));
    }

    @CommandHandler
    void handle(TakeUrgentItem command) {
        requireItemInSession(command.itemId());
        if (noUrgentItems) {
            throw urgentItemsContradict();
        }
        if (urgentItems.contains(command.itemId())) {
            throw BusinessRules.URGENT_ITEM_ALREADY_TAKEN.broken("Item " + command.itemId()
                    + " is already taken as urgent business").at("itemId");
        }
        apply(new UrgentItemTaken(state.meetingId(), command.itemId(), command.reason()));
    }

    @CommandHandler
    void handle(ReceiveRepresentation command) {
        requireItemInSession(command.itemId());
        if (noRepresentationsUnder.contains(command.itemId())) {
            throw representationsContradict();
        }
        if (representationIds.contains(command.representationId())) {
            throw BusinessRules.REPRESENTATION_ALREADY_RECORDED.broken("Representation "
                    + command.representationId() + " is already recorded").at("representationId");
        }
        apply(new RepresentationReceived(state.meetingId(), command.itemId(), command.representationId(),
                command.kind(), command.from(), command.text(), command.takenAsRead()));
    }

    @CommandHandler
    void handle(RecordNoRepresentations command) {
        requireItemInSession(command.itemId());
        if (noRepresentationsUnder.contains(command.itemId()) || representationItems.contains(command.itemId())) {
            throw representationsContradict();
        }
        apply(new NoRepresentationsReceived(state.meetingId(), command.itemId(), command.text()));
    }

    @CommandHandler
    void handle(NoteFutureMeetingDates command) {
        requireItemInSession(command.itemId());
        for (int index = 0; state.date() != null && index < command.dates().size(); index++) {
            if (!command.dates().get(index).date().isAfter(state.date())) {
                throw BusinessRules.FUTURE_DATE_NOT_AFTER_MEETING.broken("Dates of future meetings fall after this"
                        + " meeting's day, " + written(state.date()))
                        .at("dates[" + index + "]");
            }
        }
        apply(new FutureMeetingDatesNoted(state.meetingId(), command.itemId(), command.dates()));
    }

    private void requireItemInSession(String itemId) {
        state.requireRecordable();
        agenda.requireItem(itemId, "itemId");
    }

    private static RuleViolation urgentItemsContradict() {
        return BusinessRules.URGENT_ITEMS_CONTRADICT.broken("\"No urgent items\" and an urgent item cannot both stand"
                + " in one meeting");
    }

    private static RuleViolation representationsContradict() {
        return BusinessRules.REPRESENTATIONS_CONTRADICT.broken("\"No representations\" and a representation cannot"
                + " both stand under one item");
    }

    private static RuleViolation petitionsContradict() {
        return BusinessRules.PETITIONS_CONTRADICT.broken("\"No petitions\" and a petition cannot both stand in one"
                + " meeting");
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

    @EventSourcingHandler
    void on(ItemNoted event) {
        noted.add(event.itemId());
    }

    @EventSourcingHandler
    void on(NoUrgentItems event) {
        noUrgentItems = true;
    }

    @EventSourcingHandler
    void on(UrgentItemTaken event) {
        urgentItems.add(event.itemId());
    }

    @EventSourcingHandler
    void on(RepresentationReceived event) {
        representationIds.add(event.representationId());
        representationItems.add(event.itemId());
    }

    @EventSourcingHandler
    void on(NoRepresentationsReceived event) {
        noRepresentationsUnder.add(event.itemId());
    }
}
