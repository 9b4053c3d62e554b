package org.minutebook.command.matters;

import org.minutebook.command.kernel.Rule;

/**
 * A matter that runs across meetings: opened once, corrected only to read otherwise, taken up by agenda items that
 * are recorded, of meetings of its own council, each item once (a path of any length: its read model is chunked).
 * The rules of this part of the record, each by its id as docs/events.md lists it under "Matters", each with its story in MatterRulesTest.
 */
public final class MatterRules {

    public static final Rule MATTER_ALREADY_OPENED = Rule.conflict("matter-already-opened");
    public static final Rule MATTER_CORRECTION_CHANGES_NOTHING = Rule.conflict("matter-correction-changes-nothing");
    public static final Rule ITEM_NOT_RECORDED = Rule.invalid("item-not-recorded");
    public static final Rule MEETING_OF_ANOTHER_COUNCIL = Rule.invalid("meeting-of-another-council");
    public static final Rule ITEM_ALREADY_ON_PATH = Rule.conflict("item-already-on-path");
    public static final Rule ITEM_NOT_ON_PATH = Rule.conflict("item-not-on-path");

    private MatterRules() {
    }
}
