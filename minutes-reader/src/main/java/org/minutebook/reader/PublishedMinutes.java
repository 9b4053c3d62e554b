package org.minutebook.reader;

import java.util.List;

/**
 * What a published minutes page says, read as a careful clerk reads it: the meeting, who attended, each item with
 * its agenda text, its minute and the facts recognised in it, and what the reading was unsure of, by line. What the
 * page does not state is null or absent, never guessed.
 */
public record PublishedMinutes(MeetingDetails meeting, List<Attendee> attendance, List<Item> items,
                               List<ReadingWarning> warnings) {

    public PublishedMinutes {
        attendance = List.copyOf(attendance);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
