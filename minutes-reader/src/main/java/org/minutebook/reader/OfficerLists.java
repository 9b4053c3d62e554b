package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of officers by office: "County Manager: Jackie Maguire", "Chief Executive - J Dixon Director of Operations
 * – G Girvan", an office over its holder, offices alone. Members' lists never take these forms, officers' do.
 */
final class OfficerLists {

    /** A body's name, never a person's: an acronym ("NHS England", "CCG") or a body's word ("Parish Council"). */
    static final Pattern ORGANISATION = Pattern.compile("\\b(?:\\p{Lu}{2,}|Council|Board|Trust|Authority|Police|"
            + "Service|Services|Ltd|Group|Partnership|Association|Society|Agency|Commission|Company|University|"
            + "College|School|Hospital|Foundation|Forum|Network|Healthwatch)\\b");

    /** A body's word alone is no one's office: "Waitematā Local Board", a page's running head, names no one. */
    private static final Pattern BODY_ALONE = Pattern.compile("^(?:Board|Council|Committee|Panel|Authority|Forum|"
            + "Cabinet)$");

    /** Where "County Manager: Jackie Maguire Directors of Service: Tadhg McDonnell, …" turns to the next office. */
    private static final Pattern OFFICE_LABEL = Pattern.compile("(?<=^|\\s)(?=(?:(?:County|Managers?|Directors?|of|Service|"
            + "Services|Meetings|Administrators?|Senior|Executive|Officers?|Planning|Staff|Administrative|Head|Finance|"
            + "Chief|Deputy|Assistant|Acting|General|Corporate|Democratic|Legal|Clerk|Secretary|Engineers?|Technical)"
            + "\\s+){0,4}(?:Managers?|Directors? of Service|Directors?|Administrators?|Officers?|Staff|Planner|"
            + "Secretary|Engineers?):\\s)");

    static final Pattern OFFICE_FIRST = Pattern.compile("^(?<office>[A-Z][A-Za-z ,&/-]+?)\\s*:\\s+(?<names>.+)$");

    /** "County Manager: Jackie Maguire Directors of Service: Tadhg McDonnell, …", one office and its names a chunk. */
    static List<String> byOffice(String text) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = OFFICE_LABEL.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            starts.add(m.start());
            int colon = text.indexOf(':', m.start());
            from = colon < 0 ? text.length() : colon + 1;
        }
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            chunks.add(text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()));
        }
        return chunks;
    }

    /**
     * Officers and others, parted at commas and semicolons, and at "and" only where a name follows: "Mr W Grosvenor
     * Clerk and Executive Officer to …" is one officer, "… (Responsible Finance Officer) and John Ridgway (…)" two.
     */
    static List<String> officePieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : Names.pieces(text.replaceAll("\\s+and\\s+", " AND_ "))) {
            String[] parts = piece.replaceFirst("^AND_\\s+", "").split(" AND_ ");
            StringBuilder current = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                String[] words = parts[i].strip().split("\\s+");
                String start = String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(3, words.length)))
                        .replaceAll("\\s*\\(.*$", "");
                if (ListNames.looksLikeName(start) || ListNames.looksLikeName(words[0] + (words.length > 1 ? " " + words[1] : ""))) {
                    pieces.add(current.toString());
                    current = new StringBuilder(parts[i]);
                } else {
                    current.append(" and ").append(parts[i]);
                }
            }
            pieces.add(current.toString());
        }
        return pieces;
    }

    /** A list that opens with an office alone on its line, its holder's name alone on the next. */
    static boolean officesOverHolders(List<ListEntries.Group> groups) {
        return groups.size() >= 2 && !AttendanceLists.SUB_LABEL.matcher(groups.get(0).text().strip()).matches()
                && officeAlone(groups.get(0).text()) && ListNames.looksLikeName(groups.get(1).text())
                && (groups.size() < 3 || !officeAlone(groups.get(2).text()) || groups.size() < 4
                || ListNames.looksLikeName(groups.get(3).text()));
    }

    static boolean officeAlone(String text) {
        return ListNames.isOffice(text) && !ListNames.looksLikeName(text) && !text.contains(",") && !text.contains("(")
                && text.strip().split("\\s+").length <= 8;
    }

    /**
     * "Chief Executive - J Dixon Director of Operations – G Girvan …": offices and names in turn, parted by dashes,
     * each name followed by the next office. Each entry comes back as "Name – Office"; none when the text is not so.
     */
    static List<String> officeNameChain(String text) {
        String[] segments = text.split("\\s+[–—-]\\s+");
        if (segments.length < 3 || text.contains(",")) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        String office = segments[0].strip();
        for (int i = 1; i < segments.length; i++) {
            Matcher named = NAME_THEN_REST.matcher(segments[i].strip());
            boolean last = i == segments.length - 1;
            if (!ListNames.isOffice(office) || (last ? !NamesRunTogether.INITIALLED.matcher(segments[i].strip()).matches()
                    && !ListNames.looksLikeName(segments[i]) : !named.matches())) {
                return List.of();
            }
            entries.add((last ? segments[i].strip() : named.group("name")) + " – " + office);
            office = last ? null : named.group("rest");
        }
        return entries;
    }

    private static final Pattern NAME_THEN_REST = Pattern.compile("^(?<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?"
            + "(?:(?:[A-Z]\\.?\\s+){1,4}|\\p{Lu}\\p{Ll}+\\s+)\\p{Lu}[\\p{L}’'-]+)\\s+(?<rest>\\p{Lu}.*)$");

    /** Every piece of a list but this one a titled name, at least two: "Mr I Johnson, Ms B Reilly, NHS England". */
    static boolean allTitledBut(List<String> pieces, String piece) {
        return pieces.size() >= 3 && pieces.stream().filter(other -> other != piece)
                .allMatch(other -> other.strip().matches("^(?:and\\s+)?(?:" + ListNames.TITLE + ")\\s.*"));
    }

    /** A list whose every name has its title ("Mr", "Ms", "Cllr"), so that a piece without one is an office. */
    static boolean titledNames(List<String> pieces) {
        long titled = pieces.stream().filter(piece -> piece.strip().matches("^(?:and\\s+)?(?:" + ListNames.TITLE + ")\\s.*"))
                .count();
        return titled >= 2 && pieces.stream().noneMatch(piece -> !piece.strip().matches("^(?:and\\s+)?(?:" + ListNames.TITLE
                + ")\\s.*") && NamesRunTogether.INITIALLED.matcher(piece.strip()).matches());
    }

    /**
     * A list of officers by office alone: no piece with a title, an initial or a mark that parts a name from an
     * office ("Name – Office", "Name (Office)"), and one at least that is nothing but an office.
     */
    static boolean namesNobody(List<String> pieces) {
        boolean anOfficeAlone = false;
        for (String piece : pieces) {
            String p = piece.strip().replaceFirst("^and\\s+", "");
            if (p.matches(".*(?:^|\\s)(?:" + ListNames.TITLE + "|[A-Z]\\.?)(?:\\s.*|$)") || p.matches(".*\\s[–—-]\\s.*|.*\\([A-Z][a-z].*\\)|.*\\((?:[A-Z]\\.?\\s?){1,3}\\p{Lu}[\\p{L}’'-]+\\)")
                    && !p.matches(".*\\((?:[Vv]ia|x\\d)[^)]*\\)$")) {
                return false;
            }
            anOfficeAlone = anOfficeAlone || ListNames.isOffice(p) && nameThenOffice(p) == null;
        }
        return anOfficeAlone;
    }

    /** "Mr W Grosvenor Clerk and Executive Officer to …", "Chief Executive Steve Ruru": a name beside an office. */
    static Person nameThenOffice(String piece) {
        String[] words = piece.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            String office = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (ListNames.looksLikeName(name) && ListNames.namesSomeone(name) && ListNames.OFFICE_WORD.matcher(words[i]).find()
                    && ListNames.isOffice(office) && !BODY_ALONE.matcher(office).matches()) {
                return new Person(null, name, office);
            }
        }
        for (int i = words.length - 2; i >= 1; i--) {
            String office = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (words.length - i <= 3 && ListNames.looksLikeName(name) && ListNames.isOffice(office)
                    && !ListNames.OFFICE_WORD.matcher(name).find()) {
                return new Person(null, name, office);
            }
        }
        return null;
    }

    private OfficerLists() {
    }
}
