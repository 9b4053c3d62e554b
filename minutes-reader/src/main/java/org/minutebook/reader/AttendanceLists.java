package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lists at the head of printed minutes: who was present, who else attended, which officers, who sent apologies
 * — each under a label ("Present:", "MEMBERS PRESENT", "THOSE ATTENDING:", "In Attendance:", "Officials in
 * Attendance", "STAFF PRESENT:", "Apologies"), one person a line or several to a line, written "Name (Office)",
 * "Name, Office", "Name – Office", "Office: Name, Name", "Office (Name)" or the office on the line below the name.
 * A list is only taken to be one when what follows its label names people. This is the list stage: it parts a list
 * into its entries and sends each to the reading its form needs (the labels are {@link ListLabels}, the names
 * {@link ListNames}, an entry's people {@link EntryPeople}, who attends as what {@link Attending}).
 */
final class AttendanceLists {

    enum Kind { PRESENT, GUESTS, IN_ATTENDANCE, OFFICERS, APOLOGIES, CHAIR, IGNORED }

    /** Labels inside a list: "Mayor", "Deputy Mayor", "Councillors;", "Chair" — an office for the next name. */
    static final Pattern SUB_LABEL = Pattern.compile("^(?<office>Mayor|Deputy Mayor|Councillors|Aldermen|Chair|"
            + "Reporting Officer|Meeting Secretary|(?:Full|Part(?: of the)?|For part of the) [Mm]eeting)\\s*[;:]?$");

    /** "…(Clerk). Also: County Councillor Mr A Wyn": the rest of a list's line names others who came. */
    private static final Pattern ALSO = Pattern.compile("(?<=[.;,)])\\s*\\bAlso\\s*:\\s*|\\s*\\bAlso (?<present>"
            + "[Pp]resent|in attendance)\\s*:\\s*");

    /** "…, Cllr. O Walsh, Officials: Mr. E Taaffe, …": the council's staff listed after its members, on their line. */
    private static final Pattern STAFF_WITHIN = Pattern.compile(",?\\s+(?:Officials|Officers|Staff)(?: present| in "
            + "attendance)?\\s*:\\s*");

    /** "… Staff Officer. Summons of Meeting: Notice dated …": a list run into the minute ends before its heading. */
    private static final Pattern ENDS_BEFORE_HEADING = Pattern.compile("(?<=\\p{Ll})\\.\\s+\\p{Lu}[\\p{L} ]{2,40}:\\s.*$");

    /**
     * A party's name on a line of its own ("Conservative", "Liberal Democrat Group", "Plaid Cymru:"): it heads the
     * members listed under it, as lists grouped by party print them, and is no one present.
     */
    private static final Pattern PARTY_HEADING = Pattern.compile("(?i)^(?:the\\s+)?(?:conservatives?|labour|liberal "
            + "democrats?|lib dems?|greens?|green party|independents?|plaid cymru|scottish national party|snp|reform"
            + "(?: uk)?|ukip|sinn f[eé]in|democratic unionists?|ulster unionists?|dup|uup|sdlp|alliance|fianna f[aá]il"
            + "|fine gael|social democrats?|residents(?:['’] association)?|non-aligned|unaligned|labour (?:and|&) "
            + "co-operative)(?:\\s+(?:party|group|members|councillors))?\\s*:?$");

    private AttendanceLists() {
    }

    /** Whether a line can be an entry of a list: names, not a sentence of the minutes. */
    static boolean isEntry(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (SUB_LABEL.matcher(t).matches()) {
            return true;
        }
        String first = ListNames.firstPiece(t);
        return ListNames.looksLikeName(first) || ListNames.looksLikeName(first.replaceAll("\\s*\\(.*$", ""))
                || PersonAsWritten.DASHED.matcher(first).matches() && ListNames.looksLikeName(PersonAsWritten.DASHED.matcher(first).replaceFirst("${name}"))
                || OfficerLists.OFFICE_FIRST.matcher(t).matches() && !sentences(t) || ListNames.isOffice(t) && t.split("\\s+").length <= 8
                || t.matches("(?i)^(?:there were no \\w+|none|nil)\\.?$");
    }

    /** "Secretarial Note: The Chair declared the meeting open at 10.02am. The …": sentences, not "Office: Name". */
    private static boolean sentences(String text) {
        return text.split("\\s+").length > 15 && text.matches(".*\\p{Ll}[.;]\\s+\\p{Lu}.*");
    }

    /** The people of one list: each entry line, several names to a line where commas part them. */
    static void read(Kind kind, List<Line> entries, boolean staffListedApart, MeetingReading meeting) {
        String office = null;
        Person last = null;
        // "Chair: M Delahunty, Meetings Administrator (initially) / Cllr M.H. Cavanagh": who chaired is not one name
        String surnameTitle = null;
        boolean chairs = kind == Kind.CHAIR && entries.stream().filter(line -> !line.blank()).count() > 1;
        Person chairBefore = meeting.chairNamed;
        List<ListEntries.Group> groups = ListEntries.groups(entries);
        if (kind != Kind.PRESENT && kind != Kind.APOLOGIES && OfficerLists.officesOverHolders(groups)) {
            // "Community Liaison Officer" over "Tina Harvey": each office over its holder, as a table's cells saved
            // one a line; an office left with no holder under it names no one
            for (int g = 0; g + 1 < groups.size() && OfficerLists.officeAlone(groups.get(g).text())
                    && ListNames.looksLikeName(groups.get(g + 1).text()); g += 2) {
                Attending.attend(kind, staffListedApart, groups.get(g + 1).line(), new Person(null,
                        groups.get(g + 1).text().strip(), groups.get(g).text().strip()), meeting);
            }
            return;
        }
        for (ListEntries.Group group : groups) {
            Matcher also = ALSO.matcher(group.text());
            if ((kind == Kind.PRESENT || kind == Kind.APOLOGIES) && also.find()) {
                // "…, Mr J Foulkes (Clerk). Also: County Councillor Mr A Wyn": who else came, or else sent apologies
                read(kind, List.of(new Line(group.line(), group.text().substring(0, also.start()))), staffListedApart,
                        meeting);
                // "Apologies: Matt Doran Also Present: Mr. S Walton, A/Director of Services": those who also came
                // attended, whichever list the line began
                Kind others = also.group("present") != null ? Kind.IN_ATTENDANCE
                        : kind == Kind.PRESENT ? Kind.GUESTS : kind;
                read(others, List.of(new Line(group.line(), ENDS_BEFORE_HEADING.matcher(group.text()
                        .substring(also.end())).replaceFirst(""))), staffListedApart, meeting);
                continue;
            }
            Matcher staff = STAFF_WITHIN.matcher(group.text());
            if (kind == Kind.PRESENT && staff.find() && staff.start() > 0) {
                // "Present: Cllr. A Bolger, Cllr. P Breen, Officials: Mr. E Taaffe, Director of Services, …"
                read(kind, List.of(new Line(group.line(), group.text().substring(0, staff.start()))),
                        staffListedApart, meeting);
                read(Kind.OFFICERS, List.of(new Line(group.line(), group.text().substring(staff.end()))), true,
                        meeting);
                continue;
            }
            Matcher place = MembersByPlace.PLACE_GROUP.matcher(group.text().strip());
            if (kind == Kind.PRESENT && place.matches() && MembersByPlace.standsForAPlace(place.group("place"))) {
                MembersByPlace.byPlace(group.line(), place.group("place"), place.group("people"), staffListedApart, meeting);
                continue;
            }
            if (group.text().matches("^(?:Reporting Officer|Meeting Secretary|Staff)$")
                    || PARTY_HEADING.matcher(group.text()).matches()
                    || AttendanceReading.standsIn(group.line(), group.text(), meeting)) {
                continue;
            }
            Matcher sub = SUB_LABEL.matcher(group.text());
            if (sub.matches()) {
                String said = sub.group("office");
                // "Councillors:" over the names below it titles only a surname printed alone ("Berman, Chopra"):
                // a name printed whole is kept as written; "Full Meeting" / "Part Meeting" say for how long those
                // below attended: neither is an office
                boolean titling = ListLabels.TITLING.matcher(said).matches();
                surnameTitle = titling ? (said.equals("Aldermen") ? "Alderman" : "Councillor") : surnameTitle;
                office = titling || said.matches("(?i).*meeting$") ? null : said;
                continue;
            }
            if (last != null && kind != Kind.PRESENT && kind != Kind.APOLOGIES && ListNames.isOffice(group.text())
                    && !ListNames.looksLikeName(group.text()) && last.role() == null) {
                // the office on the line below the name
                Attending.replaceLast(meeting, last, new Person(null, last.name(), Sentences.withoutStop(group.text().replaceAll("\\s*\\((?:from|until|to) [^)]*\\)", ""))));
                last = null;
                continue;
            }
            List<String> labelled = kind == Kind.PRESENT || kind == Kind.APOLOGIES ? List.of()
                    : OfficerLists.byOffice(group.text());
            if (labelled.size() > 1) {
                for (String chunk : labelled) {
                    Matcher named = OfficerLists.OFFICE_FIRST.matcher(chunk.strip());
                    for (String piece : named.matches() ? Names.pieces(named.group("names")) : List.<String>of()) {
                        if (ListNames.looksLikeName(piece.replaceAll("[.,]$", ""))) {
                            Attending.attend(kind, staffListedApart, group.line(), new Person(null, piece.replaceAll("[.,]$",
                                    ""), named.group("office")), meeting);
                        }
                    }
                }
                continue;
            }
            Matcher officeFirst = OfficerLists.OFFICE_FIRST.matcher(group.text());
            if (officeFirst.matches() && ListNames.isOffice(officeFirst.group("office")) && kind != Kind.PRESENT
                    && Names.pieces(officeFirst.group("names")).stream().anyMatch(ListNames::looksLikeName)) {
                for (String piece : Names.pieces(officeFirst.group("names"))) {
                    if (ListNames.looksLikeName(piece)) {
                        Attending.attend(kind, staffListedApart, group.line(), new Person(null, piece.replaceAll("[.,]$", ""),
                                officeFirst.group("office")), meeting);
                    }
                }
                continue;
            }
            List<Person> people = new ArrayList<>();
            for (Person read : EntryPeople.people(group.text(), kind)) {
                people.add(surnameTitle != null && read.name() != null && read.name().matches("^\\p{Lu}[\\p{L}’'-]+$")
                        ? new Person(null, surnameTitle + " " + read.name(), read.role()) : read);
            }
            for (Person person : people) {
                if (kind == Kind.PRESENT && person.name() != null && markedLate(group.text(), person.name())) {
                    meeting.arrivedLate.add(new Person(null, person.name(), null));
                }
                if (person.name() == null) {
                    last = Attending.attend(kind, staffListedApart, group.line(), person, meeting);
                    continue;
                }
                Person placed = office != null && person.role() == null
                        && !person.name().toLowerCase(Locale.ROOT).contains(office.toLowerCase(Locale.ROOT))
                        && !office.equals("Chair") ? new Person(null, person.name(), office) : person;
                if ("Chair".equals(office) && kind == Kind.PRESENT && meeting.chairNamed == null) {
                    meeting.chairNamed = new Person(null, person.name(), null);
                }
                last = Attending.attend(kind, staffListedApart, group.line(), placed, meeting);
            }
            office = null;
        }
        if (chairs) {
            meeting.chairNamed = chairBefore;
        }
    }

    /** "Nash and Price (arrived at 7.10pm)", "Cllr B Reid (late)": the member named before the bracket came late. */
    private static boolean markedLate(String list, String name) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        return Pattern.compile("\\b" + Pattern.quote(surname) + "\\s*\\((?i:arrived|joined|late)\\b[^)]*\\)")
                .matcher(list).find();
    }
}
