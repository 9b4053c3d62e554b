package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * The page split into its heading (the lines before the first item) and its items, by one of the shapes councils
 * publish. {@code present} holds the lines of a PRESENT list when the page has one.
 */
record PageLayout(List<Line> heading, List<Line> present, List<AttendanceList> lists, List<ItemText> items,
                  List<Line> trailer, List<ReadingWarning> warnings) {

    /** A list of people under its label at the head of the page ("Present:", "Officers in attendance:"). */
    record AttendanceList(AttendanceLists.Kind kind, List<Line> entries) {
    }

    static PageLayout of(List<Line> heading, List<ItemText> items, List<ReadingWarning> warnings) {
        return new PageLayout(heading, List.of(), List.of(), items, List.of(), warnings);
    }

    static List<ItemText> nonEmpty(List<ItemText> items) {
        List<ItemText> kept = new ArrayList<>();
        for (ItemText item : items) {
            if (!item.isEmpty()) {
                kept.add(item);
            }
        }
        return kept;
    }
}
