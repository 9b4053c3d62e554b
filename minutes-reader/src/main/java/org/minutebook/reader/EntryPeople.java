package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people one entry names: a line of several names parted by commas, "and" or titles, with the plural titles,
 * offices and affiliations that belong to the names beside them.
 */
final class EntryPeople {

    /**
     * A group's label within a list ("PRESENT: Ratepayer Members: Mr Barker (Ch) Mr Cowling Appointed Members: …",
     * "IN ATTENDANCE: Officers: Mr McLachlan – Chief Executive"), or its count ("Members Present: 5"): no one.
     */
    private static final Pattern SUB_GROUP = Pattern.compile("(?:^|(?<=\\s))(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:Members|Officers|"
            + "Others)(?:\\s+Present)?\\s*:(?:\\s*\\d+\\b)?\\s*");

    private static final Pattern PLURAL_TITLE = Pattern.compile("^(?<title>Councillors|Cllrs\\.?|Crs\\.?|Aldermen)"
            + "(?:\\s+[–—-]|\\s*:)?\\s+(?=\\S)");

    /**
     * Entries that name nobody: "There were no absences", "One member of the public", a page's running head
     * ("Waitematā Local Board" over the page's date).
     */
    private static final Pattern NOBODY = Pattern.compile("(?i)^(?:there were no .*|none|nil|(?:\\d+|one|two|three|a) "
            + "members? of the (?:public|press)|(?:the )?(?:council|committee|board|cabinet|panel)"
            + "|(?-i:(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}(?:Council|Committee|Board|Cabinet|Panel)))\\.?$");

    private static final Pattern OFFICE_BEFORE_NAME = Pattern.compile("^(?<office>(?:Vice |Deputy )?Chair(?:man)?)\\s+"
            + "(?<name>(?:Cllr|Councillor|Cr)\\b.*)$");

    /** The people an entry names, each "name (office)" as the page words them. */
    static List<Person> people(String text, AttendanceLists.Kind kind) {
        List<Person> people = new ArrayList<>();
        String prefix = null;
        String officeBefore = null;
        // names a list runs together: "Cllr J Pritchard Cllr D Sandham", "K. Barrow (Leader) C. Motley"
        String list = text.replaceAll("[.;]$", "").replaceAll("(?i),?\\s+and\\s+(?:\\d+|one|two|three)\\s+members?\\s+of\\s+"
                        + "the\\s+public\\b", "").replaceAll("(?<=[a-z])(?<!Chair|Chairman|Vice|Deputy|" + Names.TIERS + "|Mayor|\\band)\\s+(?=(?:Cllr|Councillor|Cr)\\.?\\s)", ", ")
                .replaceAll("\\)\\s+(?=[A-Z])", "), ")
                // "Mr Tom Pugh & Mr J Price": an ampersand before a title joins two people, as a comma does
                .replaceAll("\\s+&\\s+(?=" + ListNames.TITLE + "\\s)", ", ")
                .replaceAll("(?<=[\\p{L})])(?<!\\b(?:Cllrs?|Councill?ors?|Crs?|Alderman|Aldermen|Mayor|Chair|Chairman|Vice|Deputy|" + Names.TIERS + "|Mr"
                        + "|Mrs|Ms|Dr|Miss|Sir|Dame|Lord|Lady|Rev|Prof|Worship|the|The|and))\\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+"
                        + "\\p{Lu})", ", ");
        // "Mrs O’Driscoll – Board Secretary (Minutes)": who took the minutes, a note, not part of the office
        list = NamesRunTogether.initialledNames(PersonAsWritten.withoutAbbreviations(SUB_GROUP.matcher(list.replaceAll("\\s*\\((?i:minutes|minute[- ]?"
                + "taker|taking (?:the )?minutes)\\)", "")).replaceAll(", ")
                .replaceAll("^[,\\s]+|[,\\s]+$", "")));
        Matcher nameComma = ListEntries.NAME_COMMA_OFFICE.matcher(list.strip());
        if (kind == AttendanceLists.Kind.PRESENT && nameComma.matches() && ListNames.isOffice(list.substring(0, list.indexOf(',')))
                && ListNames.isTitledName(list.substring(list.indexOf(',') + 1))) {
            // "Mayor, Councillor Mary Smith" a line: the member, and the office the page sets before her name
            people.add(new Person(null, list.substring(list.indexOf(',') + 1).strip(),
                    list.substring(0, list.indexOf(',')).strip()));
            return people;
        }
        if (kind != AttendanceLists.Kind.PRESENT && kind != AttendanceLists.Kind.APOLOGIES && nameComma.matches()) {
            String name = list.substring(0, list.indexOf(',')).strip();
            String office = list.substring(list.indexOf(',') + 1).strip();
            if (ListNames.looksLikeName(name) && !ListNames.isOffice(name) && ListNames.isOffice(office)) {
                people.add(new Person(null, name, office));
                return people;
            }
            if (ListNames.looksLikeName(office) && ListNames.namesSomeone(office) && !ListNames.isOffice(office) && ListNames.isOffice(name)) {
                // "General Manager, Mr Peter Grey": the office, then who holds it
                people.add(new Person(null, office, name));
                return people;
            }
        }
        List<String> chain = kind == AttendanceLists.Kind.PRESENT || kind == AttendanceLists.Kind.APOLOGIES ? List.of() : OfficerLists.officeNameChain(list);
        if (!chain.isEmpty()) {
            chain.forEach(entry -> people.add(PersonAsWritten.person(entry, kind)));
            return people;
        }
        List<String> pieces = NamesRunTogether.withoutCommas(kind == AttendanceLists.Kind.PRESENT || kind == AttendanceLists.Kind.APOLOGIES
                ? NamesRunTogether.twoNamesRunTogether(Names.pieces(list)) : OfficerLists.officePieces(list));
        if ((kind == AttendanceLists.Kind.OFFICERS || kind == AttendanceLists.Kind.IN_ATTENDANCE) && OfficerLists.namesNobody(pieces)) {
            // "STAFF: General Manager, Director Sustainable Infrastructure … and Executive Assistant": offices only
            // one office a line is one office, "and" within it: "Strategic Projects and Facilities Manager"
            for (String piece : list.matches(".*[,;].*") ? Names.pieces(list) : List.of(list)) {
                if (!NOBODY.matcher(piece.strip()).matches()) {
                    people.add(new Person(null, null, piece.replaceAll("\\s*\\((?:[Vv]ia|x\\d)[^)]*\\)", "")));
                }
            }
            return people;
        }
        boolean titled = kind != AttendanceLists.Kind.PRESENT && kind != AttendanceLists.Kind.APOLOGIES && OfficerLists.titledNames(pieces);
        for (String raw : pieces) {
            String piece = raw.strip().replaceAll("[.,]$", "").replaceFirst("^and\\s+", "");
            if (titled && !people.isEmpty() && people.get(people.size() - 1).name() != null
                    && !piece.matches("^(?:" + ListNames.TITLE + ")\\s.*")
                    && !(piece.contains("(") && ListNames.looksLikeName(piece.replaceAll("\\s*\\(.*$", "")))) {
                // "Mr Colm McQuillan, Director of Housing Services, NIHE": what follows a titled name is its office
                // (not a name with an office of its own in brackets: "…, Sarah Lee (Licensing Manager)")
                Person before = people.remove(people.size() - 1);
                people.add(new Person(null, before.name(), before.role() == null ? piece
                        : before.role() + ", " + piece));
                continue;
            }
            if (!titled && OfficerLists.allTitledBut(pieces, raw) && !people.isEmpty() && people.get(people.size() - 1).role() == null
                    && !raw.strip().startsWith("and ") && !piece.matches("^(?:" + ListNames.TITLE + ")\\s.*")
                    && OfficerLists.ORGANISATION.matcher(piece).find()) {
                // "Mr I Johnson and Ms B Reilly, NHS England": among titled members, an untitled body after a comma
                // is the affiliation of the one before, no one else
                Person before = people.remove(people.size() - 1);
                people.add(new Person(null, before.name(), piece));
                continue;
            }
            Matcher office = OFFICE_BEFORE_NAME.matcher(piece);
            if (office.matches()) {
                // "Chair Cllr J Pritchard", "Vice Chair Cllr M Lees": the office the list gives before the name
                piece = office.group("name") + " (" + office.group("office") + ")";
            }
            if (piece.matches("(?i)^(?:there were no .*|none|nil|\\d+ members? of the public|one member of the "
                    + "public)$")) {
                continue;
            }
            if (piece.matches("^(?:Councillors|Cllrs\\.?|Crs\\.?|Aldermen)$")) {
                // "Councillors, Mr Huw Rees (Chair), Mrs Ann Lloyd": the title of those after it, set off by a comma
                prefix = piece.startsWith("Councillors") ? "Councillor" : piece.startsWith("Crs") ? "Cr"
                        : piece.startsWith("Aldermen") ? "Alderman" : "Cllr";
                continue;
            }
            Matcher plural = PLURAL_TITLE.matcher(piece);
            if (plural.lookingAt()) {
                // "Councillors J Archibald", "Aldermen – F Agnew", "Crs Smith": the title each name after it has
                String title = plural.group("title");
                prefix = title.startsWith("Councillors") ? "Councillor" : title.startsWith("Crs") ? "Cr"
                        : title.startsWith("Aldermen") ? "Alderman" : "Cllr";
                piece = piece.substring(plural.end());
            }
            if (!people.isEmpty() && piece.matches("^(?:MBE|OBE|CBE|JP|QSM|ONZM|MNZM|KC|QC)\\b.*")) {
                Person before = people.remove(people.size() - 1);
                Matcher bracket = Pattern.compile("\\(([^)]*)\\)$").matcher(piece);
                people.add(new Person(null, before.name() + ", " + piece.replaceAll("\\s*\\(.*$", ""),
                        bracket.find() ? bracket.group(1) : before.role()));
                continue;
            }
            if (!people.isEmpty() && kind != AttendanceLists.Kind.PRESENT && kind != AttendanceLists.Kind.APOLOGIES && ListNames.isOffice(piece)
                    && !ListNames.looksLikeName(piece) && !ListNames.looksLikeName(piece.replaceAll("\\s*\\(.*$", ""))
                    && people.get(people.size() - 1).role() == null) {
                // "Mr W Grosvenor, Clerk": the office of the name before it (not "Sarah Lee (Licensing Manager)")
                Person before = people.remove(people.size() - 1);
                people.add(new Person(null, before.name(), piece));
                continue;
            }
            if (kind == AttendanceLists.Kind.PRESENT && !people.isEmpty() && people.get(people.size() - 1).role() == null
                    && people.get(people.size() - 1).name() != null && !piece.matches("(?i)^the\\b.*")
                    && ListNames.BARE_OFFICE.matcher(piece).matches()) {
                // "Cllr. Joe Sullivan, Leas-Chathaoirleach, Cllr. Oliver Walsh": the office of the member before it
                Person before = people.remove(people.size() - 1);
                people.add(new Person(null, before.name(), piece));
                continue;
            }
            if (officeBefore != null && !ListNames.looksLikeName(piece.replaceAll("\\s*\\(.*$", ""))) {
                officeBefore = null;
            }
            Person person = PersonAsWritten.person(piece, kind);
            if (person == null) {
                if (!people.isEmpty() && kind != AttendanceLists.Kind.PRESENT && kind != AttendanceLists.Kind.APOLOGIES && ListNames.isOffice(piece)
                        && people.get(people.size() - 1).role() == null) {
                    Person before = people.remove(people.size() - 1);
                    people.add(new Person(null, before.name(), piece));
                } else if (Offices.isOffice(piece) && piece.contains(" ") || piece.matches("^(?:The|the) [A-Z].*")) {
                    // "The Mayor, Cllr. D. Hobson": an office the name after it holds; "STAFF: General Manager,
                    // Director …": else an officer the page names only by office
                    boolean andAnother = list.matches("(?s).*" + Pattern.quote(piece) + "\\s+and\\b.*");
                    // "the Mayor and Councillors Amil, King": the Mayor is one of them, not an office of the next
                    officeBefore = andAnother ? null : piece;
                    if (kind == AttendanceLists.Kind.OFFICERS || kind == AttendanceLists.Kind.IN_ATTENDANCE || andAnother) {
                        people.add(new Person(null, null, piece));
                    }
                }
                continue;
            }
            if (officeBefore != null && person.role() == null) {
                if (!people.isEmpty() && people.get(people.size() - 1).name() == null
                        && people.get(people.size() - 1).role().equals(officeBefore)) {
                    people.remove(people.size() - 1);
                }
                person = new Person(null, person.name(), officeBefore);
            }
            officeBefore = null;
            if (prefix != null && !person.name().matches("^" + ListNames.MEMBER_TITLE + "\\b.*") && !Attending.servesTheCouncil(person)) {
                person = new Person(null, prefix + " " + person.name(), person.role());
            }
            people.add(person);
        }
        return people;
    }

    private EntryPeople() {
    }
}
