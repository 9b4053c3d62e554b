package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a list into a person: "Name (Office)", "Name – Office", "Office (Name)", "Name Office", with the
 * brackets that are notes of how they attended or letters the page calls them by set aside.
 */
final class PersonAsWritten {

    /** An office's letters after it ("Chief Executive (CEO)", "Asset Manager (AMgr)"): what the page calls it after. */
    private static final Pattern ABBREVIATED = Pattern.compile("(?<words>(?:\\p{Lu}[\\p{L}’'-]*\\s+){2,5})\\((?<letters>"
            + "\\p{Lu}[\\p{L}]{1,4})\\)");

    private static final Pattern INITIALS_NOTE = Pattern.compile("^(?<name>.+?)\\s*\\((?<letters>[A-Z]{2,5})\\)(?<rest>.*)$");

    /** Offices minutes print in letters after a name: "(CEO)", "(GM)". */
    private static final Pattern OFFICE_LETTERS = Pattern.compile("^(?:CEO|CE|GM|CFO|COO|DCE|ACE|MO|HR|RFO|PA|EA)$");

    /** Parties minutes print after a name: "(FF)", "(SNP)", "(DUP)". */
    private static final Pattern PARTY = Pattern.compile("^(?:FF|FG|SF|LAB|CON|LD|LIB|SNP|DUP|UUP|SDLP|IND|GP|AP|PBP|TUV|"
            + "PC|UKIP|NZF|ACT|ALP|LNP|GRN)$");

    static final Pattern DASHED = Pattern.compile("^(?<name>.+?)\\s+[–—-]\\s+(?<office>.+)$");

    private static final Pattern BRACKETED = Pattern.compile("^(?<name>[^()]+?)\\s*\\((?<office>[^()]+)\\)\\s*"
            + "(?<more>\\([^()]*\\))?[.,;]?$");

    private static final Pattern DASHED_IN_THE_CHAIR = Pattern.compile("(?i)^(?<member>.+?\\s[–—-]\\s.+?)\\s*\\((?:in "
            + "the )?chair(?:man|woman|person)?\\)$");

    /**
     * A bracket that says something of the attendance, not an office: "(left meeting 1.05 – 1.09pm)", "(via Zoom)",
     * "(Via audio-visual link)", "(x2)".
     */
    private static boolean isNote(String bracket) {
        // "(arrived at 7.10pm)" is a note, "(clerk)" an office however it is written
        return Character.isLowerCase(bracket.charAt(0)) && !Offices.isOfficer(bracket)
                || bracket.matches("(?i)^via\\b.*|.*\\d.*")
                || ATTENDED_HOW.matcher(bracket.strip()).matches();
    }

    /** How or for how long someone attended: "(Remote)", "(Video Conference)", "(MS Teams)", "(Part Meeting)". */
    private static final Pattern ATTENDED_HOW = Pattern.compile("(?i)^(?:attended\\s+)?(?:by\\s+)?(?:remote(?:ly)?|"
            + "online|virtual(?:ly)?|video(?:[\\s-]?conference|[\\s-]?link)?|vc|(?:ms\\s+)?teams|zoom|webex|skype|"
            + "tele(?:phone|conference)|phone|in person|part(?:\\s+(?:of\\s+)?(?:the\\s+)?meeting)?|late|"
            + "left early|absent|apologies)(?:\\s+(?:attendance|participation|link))?$");

    static Person person(String written, AttendanceLists.Kind kind) {
        // "Mrs. E. Ballard (EB)": the initials the page goes on to call her by are no office
        String piece = withoutNote(withoutInitialsNote(written));
        Matcher chairNoted = DASHED_IN_THE_CHAIR.matcher(piece);
        if (chairNoted.matches()) {
            // "Councillor A. Lamb - Leader (in the Chair)": the member and office; the bracket only marks the chair
            piece = chairNoted.group("member");
        }
        Matcher bracketed = BRACKETED.matcher(piece);
        if (bracketed.matches()) {
            String name = bracketed.group("name").strip();
            String office = bracketed.group("office").strip();
            if (bracketed.group("more") != null) {
                name = name + " (" + office + ")";
                office = bracketed.group("more").replaceAll("[()]", "").strip();
            }
            // "Head of Finance (R Taylor)": the office, and who holds it in brackets
            if (ListNames.looksLikeName(office) && ListNames.isOffice(name) && !ListNames.isOffice(office)
                    && (!ListNames.looksLikeName(name) || office.matches("^(?:" + ListNames.TITLE + "\\s+)?(?:[A-Z]\\.\\s?|[A-Z]\\s){1,3}"
                    + "\\p{Lu}[\\p{L}’'-]+$") || office.matches("^" + ListNames.TITLE + "\\s.*"))) {
                return new Person(null, office, name);
            }
            if (ListNames.looksLikeName(name)) {
                boolean reason = isNote(office);
                return new Person(null, name, Attending.CHAIR_NOTE.matcher(office).matches() ? "Chair" : reason ? null : office);
            }
            return null;
        }
        Matcher dashed = DASHED.matcher(piece);
        if (dashed.matches() && ListNames.isOffice(dashed.group("name")) && !ListNames.isOffice(dashed.group("office"))
                && ListNames.looksLikeName(dashed.group("office")) && ListNames.namesSomeone(dashed.group("office"))) {
            // "Chief Executive Officer – Fred Gale": the office, then who holds it
            return new Person(null, dashed.group("office").strip(), dashed.group("name").strip());
        }
        if (dashed.matches() && ListNames.looksLikeName(dashed.group("name")) && ListNames.namesSomeone(dashed.group("name"))) {
            return new Person(null, dashed.group("name").strip(), dashed.group("office").strip());
        }
        if (ListNames.looksLikeName(piece)) {
            return new Person(null, piece.strip(), null);
        }
        return kind == AttendanceLists.Kind.PRESENT || kind == AttendanceLists.Kind.APOLOGIES ? null : OfficerLists.nameThenOffice(piece);
    }

    /** "Chris Ingle – General Manager Integrated Catchments (via Zoom)": a note of how they attended is no office. */
    private static String withoutNote(String piece) {
        Matcher note = Pattern.compile("^(?<who>.+?)\\s*\\((?<note>[^()]+)\\)$").matcher(piece.strip());
        return note.matches() && note.group("who").contains(" ") && isNote(note.group("note"))
                && !Attending.CHAIR_NOTE.matcher(note.group("note").strip()).matches()
                && !note.group("who").matches(".*\\([^)]*$") ? note.group("who") : piece;
    }

    /**
     * "Mrs. E. Ballard (EB)", "Mayor John Carter (HWTM)": the initials the page goes on to call a member by (of their
     * name or of their office, "His Worship the Mayor") are no office, so they go; a party's letters are an
     * affiliation and stay ("Cllr Tom MacSharry (FF)"), an office's are the office ("Colin Dale (CEO)").
     */
    static String withoutAbbreviations(String list) {
        Matcher m = ABBREVIATED.matcher(list);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String capitals = m.group("letters").replaceAll("\\P{Lu}", "");
            StringBuilder initials = new StringBuilder();
            for (String word : m.group("words").strip().split("\\s+")) {
                initials.append(word.charAt(0));
            }
            boolean abbreviates = capitals.length() >= 2 && initials.indexOf(capitals.substring(0, 2)) >= 0;
            m.appendReplacement(out, Matcher.quoteReplacement(abbreviates ? m.group("words") : m.group()));
        }
        return m.appendTail(out).toString();
    }

    private static String withoutInitialsNote(String written) {
        Matcher bracket = INITIALS_NOTE.matcher(written);
        return bracket.matches() && !PARTY.matcher(bracket.group("letters")).matches()
                && !OFFICE_LETTERS.matcher(bracket.group("letters")).matches()
                ? bracket.group("name") + bracket.group("rest") : written;
    }

    private PersonAsWritten() {
    }
}
