package org.minutebook.command.agenda;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.committees.Quorum;
import org.minutebook.command.kernel.MeetingState;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.AgendaItemAmended;
import org.minutebook.events.agenda.AgendaPublished;
import org.minutebook.events.agenda.AgendaReordered;
import org.minutebook.events.sitting.AgendaOrder;
import org.minutebook.events.sitting.Sitting;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The meeting's agenda: items, their numbers unique within the meeting, in an order that can change (an item taken
 * early, one added late); changeable until the minutes are confirmed.
 */
public final class Agenda {

    private final MeetingState state;
    private final Map<String, String> numbersByItem = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new LinkedHashMap<>();
    private final Map<String, String> parents = new LinkedHashMap<>();
    private boolean published;

    public Agenda(MeetingState state) {
        this.state = state;
    }

    @CommandHandler
    void handle(AddAgendaItem command) {
        state.requireAgendaOpen();
        if (numbersByItem.containsKey(command.itemId())) {
            throw AgendaRules.AGENDA_ITEM_EXISTS.broken("Item " + command.itemId() + " is already on the agenda")
                    .at("itemId");
        }
        requireFreeNumber(command.number(), command.itemId());
        requireParent(command.parentItemId(), command.itemId());
        apply(new AgendaItemAdded(state.meetingId(), command.itemId(), command.number(), command.parentItemId(),
                numbersByItem.size() + 1, command.title(), command.agendaText(), command.submittedBy(),
                command.documents(), command.exemption()));
    }

    @CommandHandler
    void handle(AmendAgendaItem command) {
        state.requireAgendaOpen();
        requireItem(command.itemId(), "itemId");
        requireFreeNumber(command.number(), command.itemId());
        requireParent(command.parentItemId(), command.itemId());
        apply(new AgendaItemAmended(state.meetingId(), command.itemId(), command.number(), command.parentItemId(),
                positions.get(command.itemId()), command.title(), command.agendaText(), command.submittedBy(),
                command.documents(), command.exemption()));
    }

    @CommandHandler
    void handle(PublishAgenda command) {
        state.requireAgendaOpen();
        if (published) {
            throw AgendaRules.AGENDA_ALREADY_PUBLISHED.broken("The agenda is already published; amendments to items"
                    + " are published as they are made");
        }
        if (numbersByItem.isEmpty()) {
            throw AgendaRules.AGENDA_EMPTY.broken("An agenda with no items cannot be published");
        }
        apply(new AgendaPublished(state.meetingId(), command.publishedOn()));
    }

    /** Every item of the agenda, each once, in a new order: numbers stay, sub-items still print under their item. */
    @CommandHandler
    void handle(ReorderAgenda command) {
        state.requireAgendaOpen();
        if (command.itemIds().size() != numbersByItem.size()
                || !new HashSet<>(command.itemIds()).equals(numbersByItem.keySet())) {
            throw AgendaRules.REORDER_NOT_EVERY_ITEM.broken("A new order names every item of the agenda once: "
                    + numbersByItem.keySet()).at("itemIds");
        }
        apply(new AgendaReordered(state.meetingId(), command.itemIds()));
    }

    /**
     * Minute text, decisions, declarations and questions belong to an item of this meeting's agenda; {@code field}
     * is the command's field that names the item ({@code itemId}, {@code parentItemId}, {@code fromItemId}).
     */
    public void requireItem(String itemId, String field) {
        if (!numbersByItem.containsKey(itemId)) {
            throw AgendaRules.UNKNOWN_AGENDA_ITEM.broken("Meeting " + state.meetingId() + " has no agenda item "
                    + itemId).at(field);
        }
    }

    /**
     * Who presides and who is present at each item: the record's facts read in agenda order, remote attendance
     * presence as the committee's standing orders on the day say.
     */
    public Sitting sitting(CommitteeRoster committees) {
        return sitting(UnaryOperator.identity(), committees);
    }

    /** The sitting as it would be with a fact not yet recorded ({@code with} adds it): to see what it would change. */
    public Sitting sitting(UnaryOperator<Sitting.Facts> with, CommitteeRoster committees) {
        boolean remoteAttendanceCounts = committees.quorumOn(state.committeeId(), state.date())
                .map(Quorum::remoteAttendanceCounts).orElse(false);
        List<AgendaOrder.Place> places = numbersByItem.keySet().stream().map(itemId -> new AgendaOrder.Place(itemId,
                parents.get(itemId), positions.get(itemId), numbersByItem.get(itemId))).toList();
        return with.apply(state.sitting().copy()).inAgendaOrder(places, remoteAttendanceCounts);
    }

    /** The item as a refusal names it: "item 38", or by its id when it has no number. */
    public String named(String itemId) {
        String number = numbersByItem.get(itemId);
        return number == null ? "item " + itemId : "item " + number;
    }

    private void requireFreeNumber(String number, String itemId) {
        if (number == null) {
            return;
        }
        numbersByItem.forEach((otherItem, otherNumber) -> {
            if (!otherItem.equals(itemId) && number.equals(otherNumber)) {
                throw AgendaRules.AGENDA_NUMBER_TAKEN.broken("Agenda number " + number + " is already item "
                        + otherItem + " of this meeting")
                        .at("number");
            }
        });
    }

    private void requireParent(String parentItemId, String itemId) {
        if (parentItemId == null) {
            return;
        }
        requireItem(parentItemId, "parentItemId");
        for (String ancestor = parentItemId; ancestor != null; ancestor = parents.get(ancestor)) {
            if (Objects.equals(ancestor, itemId)) {
                throw AgendaRules.ITEM_IS_OWN_PARENT.broken("An item cannot be part of itself, directly or through the"
                        + " items it contains")
                        .at("parentItemId");
            }
        }
    }

    @EventSourcingHandler
    void on(AgendaItemAdded event) {
        numbersByItem.put(event.itemId(), event.number());
        positions.put(event.itemId(), event.position());
        parents.put(event.itemId(), event.parentItemId());
    }

    @EventSourcingHandler
    void on(AgendaItemAmended event) {
        numbersByItem.put(event.itemId(), event.number());
        parents.put(event.itemId(), event.parentItemId());
    }

    @EventSourcingHandler
    void on(AgendaReordered event) {
        for (int position = 0; position < event.itemIds().size(); position++) {
            positions.put(event.itemIds().get(position), position + 1);
        }
    }

    @EventSourcingHandler
    void on(AgendaPublished event) {
        published = true;
    }
}
