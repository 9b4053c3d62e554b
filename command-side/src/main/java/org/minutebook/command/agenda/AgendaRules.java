package org.minutebook.command.agenda;

import org.minutebook.command.kernel.Rule;

/**
 * The agenda: its items, their numbers and parts, their order, its publication. The rules of this part of the
 * record, each by its id as docs/events.md lists it under "Agenda", each with its story in AgendaRulesTest and
 * AgendaOrderRulesTest.
 */
public final class AgendaRules {

    public static final Rule UNKNOWN_AGENDA_ITEM = Rule.invalid("unknown-agenda-item");
    public static final Rule AGENDA_ITEM_EXISTS = Rule.conflict("agenda-item-exists");
    public static final Rule AGENDA_NUMBER_TAKEN = Rule.conflict("agenda-number-taken");
    public static final Rule ITEM_IS_OWN_PARENT = Rule.invalid("item-is-own-parent");
    public static final Rule REORDER_NOT_EVERY_ITEM = Rule.invalid("reorder-not-every-item");
    public static final Rule AGENDA_ALREADY_PUBLISHED = Rule.conflict("agenda-already-published");
    public static final Rule AGENDA_EMPTY = Rule.conflict("agenda-empty");

    private AgendaRules() {
    }
}
