package org.minutebook.reader.layout;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An attendance table: a row a member, the last cell a mark ("P", "A", "Ap", "Present", "Apologies", "✓").
 * Read cell by cell it is names and letters; a clerk reads it as lists, and so is it written out: "Present: …",
 * "Apologies: …". A mark that says only absent ("A", "Absent", "✗") is written "Absent: …", which no list of the
 * record takes: whether an absence was apologised for is the page's to say, not the reader's to guess.
 */
final class MarkedAttendance {

    /** The labels each mark is written under, in the order the lists are printed. */
    private static final Map<String, String> MARKS = Map.ofEntries(Map.entry("p", "Present"),
            Map.entry("present", "Present"), Map.entry("✓", "Present"), Map.entry("✔", "Present"),
            Map.entry("y", "Present"), Map.entry("yes", "Present"), Map.entry("ap", "Apologies"),
            Map.entry("apol", "Apologies"), Map.entry("apols", "Apologies"), Map.entry("apologies", "Apologies"),
            Map.entry("a", "Absent"), Map.entry("absent", "Absent"), Map.entry("✗", "Absent"),
            Map.entry("✘", "Absent"), Map.entry("x", "Absent"), Map.entry("n", "Absent"), Map.entry("no", "Absent"));
    /** Fewer marked rows than this are not a register of attendance. */
    private static final int FEWEST = 3;

    private MarkedAttendance() {
    }

    /** Replaces each attendance table of the page with its lists, one paragraph a list. */
    static void asLists(Document document) {
        for (Element table : document.select("table")) {
            if (!table.select("table table").isEmpty()) {
                continue;
            }
            Map<String, List<String>> lists = lists(table.select("tr"));
            if (lists != null) {
                lists.forEach((label, names) -> table.before(new Element("p").text(label + ": "
                        + String.join(", ", names))));
                table.remove();
            }
        }
    }

    /** The lists a table's rows make, or null when any row with cells is not a name and its mark. */
    private static Map<String, List<String>> lists(Elements rows) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        int marked = 0;
        for (Element row : rows) {
            Elements cells = row.select("td");
            if (cells.isEmpty()) {
                continue;
            }
            String mark = cells.last().text().strip().toLowerCase(Locale.ROOT).replaceAll("[.]$", "");
            String name = cells.first().text().strip();
            if (cells.size() < 2 || cells.size() > 3 || !MARKS.containsKey(mark) || name.isEmpty()
                    || !Character.isLetter(name.charAt(0))) {
                return null;
            }
            String office = cells.size() == 3 ? cells.get(1).text().strip() : "";
            lists.computeIfAbsent(MARKS.get(mark), label -> new ArrayList<>())
                    .add(office.isEmpty() ? name : name + " (" + office + ")");
            marked++;
        }
        return marked >= FEWEST ? lists : null;
    }
}
