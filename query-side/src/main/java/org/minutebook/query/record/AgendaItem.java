package org.minutebook.query.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonView;
import org.minutebook.events.agenda.AgendaDocument;
import org.minutebook.events.agenda.Exemption;
import org.minutebook.events.sitting.AgendaOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * An agenda item as it now reads, and the business minuted under it in the order it was recorded. An item that
 * business names but the agenda does not hold (struck out by a correction) is kept, {@code onAgenda} false, so
 * that its business is not lost; the record warns of it.
 */
@JsonIgnoreProperties(value = "status", allowGetters = true)
public record AgendaItem(String itemId, String number, String parentItemId, int position, String title,
                         String agendaText, String submittedBy, List<AgendaDocument> documents, Exemption exemption,
                         boolean onAgenda, @JsonView(RecordJson.Whole.class) List<Fact> business) {

    /** What published minutes print in place of an exempt item's title. */
    public static final String EXEMPT_TITLE = "Exempt item";

    public AgendaItem {
        documents = documents == null ? List.of() : List.copyOf(documents);
        business = business == null ? List.of() : List.copyOf(business);
    }

    /** Held for business recorded under an item the agenda does not hold: placed after every item it does. */
    static AgendaItem notOnAgenda(String itemId) {
        return new AgendaItem(itemId, null, null, Integer.MAX_VALUE, null, null, null, List.of(), null, false,
                List.of());
    }

    /** Where the item stands on the agenda, for {@link AgendaOrder}. */
    public AgendaOrder.Place place() {
        return new AgendaOrder.Place(itemId, parentItemId, position, number);
    }

    /** The item as the agenda now describes it, its business kept. */
    AgendaItem describedAs(AgendaItem description) {
        return new AgendaItem(itemId, description.number, description.parentItemId, description.position,
                description.title, description.agendaText, description.submittedBy, description.documents,
                description.exemption, true, business);
    }

    /** The item at another place in the agenda's order. */
    AgendaItem at(int newPosition) {
        return new AgendaItem(itemId, number, parentItemId, newPosition, title, agendaText, submittedBy, documents,
                exemption, onAgenda, business);
    }

    AgendaItem with(Fact fact) {
        List<Fact> more = new ArrayList<>(business);
        more.add(fact);
        return new AgendaItem(itemId, number, parentItemId, position, title, agendaText, submittedBy, documents,
                exemption, onAgenda, more);
    }

    AgendaItem replacing(Fact before, Fact after) {
        List<Fact> changed = new ArrayList<>(business);
        changed.set(changed.indexOf(before), after);
        return new AgendaItem(itemId, number, parentItemId, position, title, agendaText, submittedBy, documents,
                exemption, onAgenda, changed);
    }

    /** The item as published while it is exempt: its number and place, "Exempt item", and why; nothing else. */
    AgendaItem withheld(Exemption why) {
        return new AgendaItem(itemId, number, parentItemId, position, EXEMPT_TITLE, null, null, List.of(), why,
                onAgenda, List.of());
    }

    /** Set aside by the last deferral or withdrawal; else considered once any business is minuted under it. */
    @JsonProperty("status")
    public ItemStatus status() {
        ItemStatus status = business.isEmpty() ? ItemStatus.TO_BE_CONSIDERED : ItemStatus.CONSIDERED;
        for (Fact fact : business) {
            if (fact instanceof Fact.Deferral) {
                status = ItemStatus.DEFERRED;
            } else if (fact instanceof Fact.Withdrawal) {
                status = ItemStatus.WITHDRAWN;
            }
        }
        return status;
    }
}
