package org.minutebook.reader;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label a list opens with ("Present:", "MEMBERS PRESENT", "Apologies", "Deputy Chairperson: Jane Nees") and
 * the kind of list it opens; apart, because the layout stage asks it of every line to know where a list begins.
 */
final class ListLabels {

    /**
     * The labels lists are headed with, longest first; a bilingual label keeps its other language before a slash
     * ("Tuhinga/Present:", "I Tae Mai/In Attendance:"). The mark after it is a colon, a semicolon, a table's bar or a
     * dash set apart ("Councillors – J Archibald, …").
     */
    private static final Pattern LABEL = Pattern.compile("^(?:[\\p{L}’' ]{2,30}/\\s*)?(?<label>other members present|"
            + "members present|councillors present|present members|present councillors|committee members present|"
            + "committee members|council members present|members attending|councillors attending|attendees|"
            + "council employees present|employees present|members of the public present|members of the public|"
            + "present(?:\\s*/\\s*bresennol)?|sederunt|those attending|those present|"
            + "attendance details|members|also present|also in attendance|other members in attendance|others present|"
            + "others|in attendance|officers present|officers in attendance|officials in attendance|officers|"
            + "staff present|staff|apolog(?:y|ies|i[sz]e)(?: for absence)?|councillors not present|members not present|absent|"
            + "members on leave of absence|leave of absence|public forum|administration|presiding|in the chair|"
            + "deputy chairperson|deputy chair(?:man)?|vice[- ]chair(?:man|person)?|chairperson|chairman|chair|"
            + "councillors|aldermen|representatives from other bodies in attendance|visitors(?=\\s*:))\\b"
            + "(?<mark>\\s*[:;|](?:\\s*\\|)?|\\s+[–—-](?=\\s)|\\s{2,})?\\s*(?<rest>.*)$", Pattern.CASE_INSENSITIVE);

    /** Labels that title the names under them: "Councillors – J Archibald" is Councillor J Archibald. */
    static final Pattern TITLING = Pattern.compile("(?i)^(?:councillors|aldermen)$");

    /** Labels that are an office for the one named under them: "Deputy Chairperson: Jane Nees". */
    private static final Pattern OFFICE_LABEL_WORDS = Pattern.compile("(?i)^(?:deputy chair(?:man|person)?|"
            + "vice[- ]chair(?:man|person)?)$");

    private static final Pattern PRESENT_AT_END = Pattern.compile("(?i)\\bwhen there were present\\s*:\\s*$");

    /** A person as lists name one: with a title, or with initials ("Cllr Pritchard", "P McLean", "J.H. Prevett"). */
    private static final Pattern PERSON_NAMED = Pattern.compile("^(?:" + ListNames.TITLE_WORDS + ")\\b|^(?:\\p{Lu}\\.?\\s*){1,3}"
            + "(?:\\s|\\.)\\s*\\p{Lu}|^\\p{Lu}\\.");

    /** A verb of what members did: a line with one is a sentence about them, not a list of them. */
    private static final Pattern SAYS_WHAT_THEY_DID = Pattern.compile("\\b(?:declared|were|was|had|has|have|left|"
            + "arrived|asked|noted|agreed|resolved|reported|raised|spoke|proposed|seconded|moved|voted|abstained|"
            + "requested|welcomed|thanked)\\b");

    /** "Councillors – J Archibald, …" under "Members Present :": names titled within the list, not a list of its own. */
    static boolean titlesNames(String text) {
        Matcher m = LABEL.matcher(text.strip());
        return m.matches() && TITLING.matcher(m.group("label")).matches() && !m.group("rest").isBlank();
    }

    /** "Councillors:" alone on its line: the names below it are Councillors. */
    static boolean titlesBelow(String text) {
        Matcher m = LABEL.matcher(text.strip());
        return m.matches() && TITLING.matcher(m.group("label")).matches() && m.group("rest").isBlank();
    }

    /** The label a line opens a list with, or null. */
    static AttendanceLists.Kind labelOf(String text) {
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches() || m.group("rest").contains("Minutes:")) {
            return null;
        }
        String rest = m.group("rest");
        if (m.group("mark") == null && SAYS_WHAT_THEY_DID.matcher(rest).find()) {
            // "Councillors Ames and Bolt declared personal interests in item 4": a sentence of the minutes, no list
            return null;
        }
        boolean titling = TITLING.matcher(m.group("label")).matches();
        // with no mark after it, a label is one only before a person named as lists name them (a title, initials,
        // a list of names): "Staff Survey Results" and "Members Allowances Scheme" are titles of items
        String first = ListNames.firstPiece(NamesRunTogether.initialledNames(rest));
        boolean person = ListNames.looksLikeName(first) && (PERSON_NAMED.matcher(first).find() || rest.contains(","))
                || ListNames.looksLikeName(ListNames.firstPiece(rest).replaceAll("\\s*\\([^)]*\\)$", ""))
                && PERSON_NAMED.matcher(ListNames.firstPiece(rest)).find();
        if (m.group("mark") == null && !rest.isEmpty() && !person
                && !(titling && ListNames.looksLikeName(ListNames.firstPiece("Councillor " + rest)))
                && !rest.matches("(?i)^chair\\b.*")) {
            return null;
        }
        return kind(m.group("label").toLowerCase(Locale.ROOT));
    }

    /**
     * What follows the label: the names, with a label that titles them kept before them ("Councillors J Archibald,
     * …") and one that is an office put after the one named ("Jane Nees (Deputy Chairperson)").
     */
    static String afterLabel(String text) {
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches()) {
            return text;
        }
        String label = m.group("label").strip();
        String rest = m.group("rest");
        if (rest.isBlank()) {
            return rest;
        }
        if (TITLING.matcher(label).matches()) {
            return label + " " + rest;
        }
        if (OFFICE_LABEL_WORDS.matcher(label).matches()
                && !rest.toLowerCase(Locale.ROOT).startsWith(label.toLowerCase(Locale.ROOT))) {
            return rest.replaceAll("[.;]$", "") + " (" + label + ")";
        }
        return rest;
    }

    static boolean endsWithPresentLabel(String text) {
        return PRESENT_AT_END.matcher(text).find();
    }

    private static AttendanceLists.Kind kind(String label) {
        if (label.matches("presiding|in the chair|chair|chairman|chairperson")) {
            return AttendanceLists.Kind.CHAIR;
        }
        if (label.startsWith("apolog")) {
            return AttendanceLists.Kind.APOLOGIES;
        }
        if (label.matches("absent|.*not present|.*leave of absence|administration")) {
            return AttendanceLists.Kind.IGNORED;
        }
        if (label.contains("officials") || label.startsWith("officers") || label.startsWith("staff")
                || label.contains("employees")) {
            return AttendanceLists.Kind.OFFICERS;
        }
        if ((label.contains("present") || label.equals("sederunt")) && !label.startsWith("also") && !label.startsWith("others")
                && !label.contains("public")
                || label.matches("those attending|attendance details|members|councillors|aldermen|deputy chair.*|"
                + "vice.chair.*|committee members|.* attending|attendees")) {
            return AttendanceLists.Kind.PRESENT;
        }
        if (label.equals("in attendance") || label.equals("others")) {
            return AttendanceLists.Kind.IN_ATTENDANCE;
        }
        return AttendanceLists.Kind.GUESTS;
    }

    private ListLabels() {
    }
}
