package org.minutebook.command.interests;

import org.minutebook.command.kernel.Rule;

/**
 * A member's register of interests with a council: each entry registered once by its id, its dates in order, an
 * interest amended from a day on only after it was registered and only to read otherwise, a gift or a dispensation
 * corrected only once registered and only to read otherwise, a dispensation for at most four years (Localism Act
 * 2011 s.33(3)), and a register of bounded size. The rules of this part of the record, each by its id as
 * docs/events.md lists it under "Registers of interests", each with its story in InterestsRulesTest.
 */
public final class InterestsRules {

    public static final Rule ENTRY_ALREADY_REGISTERED = Rule.conflict("entry-already-registered");
    public static final Rule ENTRY_ENDS_BEFORE_IT_BEGINS = Rule.invalid("entry-ends-before-it-begins");
    public static final Rule ENTRY_NOT_REGISTERED = Rule.conflict("entry-not-registered");
    public static final Rule AMENDED_BEFORE_REGISTERED = Rule.invalid("amended-before-registered");
    public static final Rule AMENDMENT_CHANGES_NOTHING = Rule.conflict("amendment-changes-nothing");
    public static final Rule CORRECTION_CHANGES_NOTHING = Rule.conflict("entry-correction-changes-nothing");
    public static final Rule DISPENSATION_OVER_FOUR_YEARS = Rule.invalid("dispensation-over-four-years");

    private InterestsRules() {
    }
}
