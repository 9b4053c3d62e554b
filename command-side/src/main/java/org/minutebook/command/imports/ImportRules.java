package org.minutebook.command.imports;

import org.minutebook.command.kernel.Rule;

/**
 * An imported page: it names its committee, and agrees with the meeting already recorded. The rules of this part of
 * the record, each by its id as docs/events.md lists it under "Imports", each with its story in the importer's
 * tests (PlanningTheCommandsOfAPageTest, ImportingPublishedMinutesIT).
 */
public final class ImportRules {

    public static final Rule COMMITTEE_NOT_STATED = Rule.invalid("committee-not-stated");
    public static final Rule MEETING_RECORDED_OTHERWISE = Rule.conflict("meeting-recorded-otherwise");

    private ImportRules() {
    }
}
