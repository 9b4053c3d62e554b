package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list's lines joined into its entries: one entry a line, or a list parted by commas wrapped over lines, with a
 * bracket or a trailing comma running an entry on.
 */
final class ListEntries {

    static final Pattern NAME_COMMA_OFFICE = Pattern.compile("^[^,]+,[^,]+$");

    /** One entry, joined over the lines a bracket or a trailing comma runs on to. */
    record Group(int line, String text) {
    }

    static List<Group> groups(List<Line> entries) {
        List<Line> lines = entries.stream().filter(line -> !line.blank()).toList();
        // "Jane Cole, Head of Planning" a line (or "General Manager, Mr Peter Grey"): one person a line
        boolean nameAndOfficeALine = lines.size() > 1 && lines.stream().allMatch(line -> NAME_COMMA_OFFICE.matcher(
                line.text().strip()).matches() && (ListNames.isOffice(line.text().substring(line.text().indexOf(',') + 1))
                || ListNames.isOffice(line.text().substring(0, line.text().indexOf(','))))
                || !line.text().contains(","))
                && lines.stream().anyMatch(line -> line.text().contains(","));
        // "Westerton: Alan Reid, Apologies from Joan Bell" a line: members by place, a group each
        boolean byPlace = lines.stream().filter(line -> {
            Matcher place = MembersByPlace.PLACE_GROUP.matcher(line.text().strip());
            return place.matches() && MembersByPlace.standsForAPlace(place.group("place"));
        }).count() > 1;
        if (!lines.isEmpty() && !nameAndOfficeALine && !byPlace && Names.pieces(lines.get(0).text()).size() > 1
                && lines.get(0).text().contains(",")) {
            // a list of names parted by commas, wrapped over lines: one entry; a line indented under the one
            // before continues its last name ("Cr Stuart / Barwood"), any other line starts a new name
            StringBuilder text = new StringBuilder(lines.get(0).text().strip());
            for (Line line : lines.subList(1, lines.size())) {
                String t = line.text().strip();
                boolean continues = line.text().startsWith("    ") || text.toString().endsWith(",")
                        || !balanced(text) || t.startsWith("(") || Character.isLowerCase(t.charAt(0));
                text.append(continues ? " " : ", ").append(t);
            }
            return List.of(new Group(lines.get(0).number(), Paragraph.tidy(text.toString())));
        }
        List<Group> groups = new ArrayList<>();
        StringBuilder text = null;
        int line = 0;
        for (Line entry : entries) {
            String t = entry.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (text == null) {
                text = new StringBuilder(t);
                line = entry.number();
            } else {
                text.append(' ').append(t);
            }
            if (balanced(text) && !t.endsWith(",") && !t.endsWith(" and")) {
                groups.add(new Group(line, Paragraph.tidy(text.toString())));
                text = null;
            }
        }
        if (text != null) {
            groups.add(new Group(line, Paragraph.tidy(text.toString())));
        }
        return groups;
    }

    private static boolean balanced(CharSequence text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return depth <= 0;
    }

    private ListEntries() {
    }
}
