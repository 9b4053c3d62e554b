package org.minutebook.command.imports;

import org.minutebook.command.kernel.Rule;

/**
 * An imported page: something of a meeting can be read on it, and it agrees with what the clerk gives and with the meeting already recorded. The rules of this part of
 * the record, each by its id as docs/events.md lists it under "Imports", each with its story in the importer's
 * tests (PlanningTheCommandsOfAPageTest, ImportingPublishedMinutesIT).
 */
public final class ImportRules {

    public static final Rule PAGE_UNREADABLE = Rule.invalid("page-unreadable");
    public static final Rule NO_MEETING_ON_PAGE = Rule.invalid("no-meeting-on-page");
    public static final Rule GIVEN_DISAGREES_WITH_PAGE = Rule.invalid("given-disagrees-with-page");
    public static final Rule MEETING_RECORDED_OTHERWISE = Rule.conflict("meeting-recorded-otherwise");

    private ImportRules() {
    }
}
