package org.minutebook.command.business;

import org.minutebook.command.kernel.Rule;

/**
 * The business of an item: minuted and noted once, petitions, representations and urgent business recorded once and
 * never contradicted. The rules of this part of the record, each by its id as docs/events.md lists it under
 * "Business of items", each with its story in ItemBusinessRulesTest and ItemOutcomesRulesTest.
 */
public final class BusinessRules {

    public static final Rule PETITIONS_CONTRADICT = Rule.conflict("petitions-contradict");
    public static final Rule PETITION_ALREADY_RECORDED = Rule.conflict("petition-already-recorded");
    public static final Rule REPRESENTATIONS_CONTRADICT = Rule.conflict("representations-contradict");
    public static final Rule REPRESENTATION_ALREADY_RECORDED = Rule.conflict("representation-already-recorded");
    public static final Rule URGENT_ITEMS_CONTRADICT = Rule.conflict("urgent-items-contradict");
    public static final Rule URGENT_ITEM_ALREADY_TAKEN = Rule.conflict("urgent-item-already-taken");
    public static final Rule ITEM_ALREADY_MINUTED = Rule.conflict("item-already-minuted");
    public static final Rule ITEM_ALREADY_NOTED = Rule.conflict("item-already-noted");
    public static final Rule FUTURE_DATE_NOT_AFTER_MEETING = Rule.invalid("future-date-not-after-meeting");

    private BusinessRules() {
    }
}
