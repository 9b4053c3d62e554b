package org.minutebook.command.minutes;

import org.minutebook.command.kernel.Rule;

/**
 * The minutes themselves: confirmed once, at a later meeting of the same committee, and signed by its chair. The
 * rules of this part of the record, each by its id as docs/events.md lists it under "Previous minutes and
 * signature", each with its story in MinutesRecordRulesTest and PreviousMinutesRulesTest.
 */
public final class MinutesRules {

    public static final Rule MINUTES_NOT_OF_EARLIER_MEETING = Rule.invalid("minutes-not-of-earlier-meeting");
    public static final Rule MINUTES_ALREADY_CONFIRMED = Rule.conflict("minutes-already-confirmed");
    public static final Rule ONLY_CHAIR_SIGNS = Rule.invalid("only-chair-signs");
    public static final Rule MEETING_NOT_CLOSED = Rule.conflict("meeting-not-closed");
    public static final Rule MINUTES_OF_OTHER_COMMITTEE = Rule.invalid("minutes-of-other-committee");
    public static final Rule MINUTES_NOT_CONFIRMED_AT_LATER_MEETING =
            Rule.invalid("minutes-not-confirmed-at-later-meeting");
    public static final Rule CONFIRMED_DATE_MISMATCH = Rule.invalid("confirmed-date-mismatch");
    public static final Rule MINUTES_NOT_CONFIRMED = Rule.conflict("minutes-not-confirmed");
    public static final Rule MINUTES_ALREADY_SIGNED = Rule.conflict("minutes-already-signed");

    private MinutesRules() {
    }
}
