package org.minutebook.command.imports;

import org.minutebook.reader.ReadingWarning;

import java.util.List;

/**
 * The commands that record a page: the committee's registration, then the meeting's facts in the order of the
 * page; and what the page states that no command can record as it stands (a date of a future meeting with no time).
 */
record PagePlan(String committeeId, PlannedFact committee, String meetingId, List<PlannedFact> facts,
                List<ReadingWarning> warnings) {
}
