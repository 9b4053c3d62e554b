package org.minutebook.reader;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person's name looks like as lists print one ("Cllr Mr A H Porter", "K. Barrow"), and what is an office or
 * a body instead: the one test every list form shares, so it lives apart from them.
 */
final class ListNames {

    static final Pattern OFFICE_WORD = Pattern.compile("\\b(?:Manager|Officer|Director|Clerk|Executive|"
            + "Engineer|Administrator|Council|Board|Committee|Services|Service|Assistant|Head|Chief|Planner|Accountant|"
            + "Advisor|Adviser|Lawyer|Solicitor|Translator|Team|Office|Finance|Specialist|Commander|Analyst|Controller|"
            + "Secretary|Support|Governance|Principal|Leader|Chairman|Chairperson|Police|Ltd|Group|Corporate|"
            + "Democratic|Democracy|Policy|Legal|Planning|Member|RFO|Area|Acting|Deputy|Interim|observer|General|"
            + "public|media|Directors|Officers|Managers|Officials|Staff|Independent|Financial|Strategic|Projects|"
            + "Facilities|Resources|Communications|Engagement|Administration|Management|Media|Cultural|Personal|Risk|"
            + "Economist|Specialists|Advisors|Advisers|Environmental|Regulatory|Operations|Customer|Licensing|"
            + Offices.TE_REO_OFFICE_WORDS + ")\\b");

    /** Words of a page's furniture, never of a name: "Min No", "Part I", "Item", "Page". */
    private static final Pattern NOT_A_NAME = Pattern.compile("\\b(?:Part|Min|Item|Items|Minutes|Agenda|Page|"
            + "Resolution|Description|Report|Meeting|No|"
            // words of an item's title, never of a name: "Mayoral Minute", "Public Participation"
            + "Minute|Participation|Announcements?|Business|Questions|Petitions?|Correspondence|Apologies|"
            + "Declarations?|Interests?|Matters|Arising|Reports|Acknowledgement|Prayer|Opening|Closure|Welcome|"
            + "Introductions|Forum|Presentations?|Deputations?|Confirmation|Election|Appointment|Update)\\b"
            + "|[a-z][A-Z][a-z]+[A-Z]");

    static final String TITLE_WORDS = "Cllrs?|Councillors?|County|Crs?|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Rev|"
            + "Mayor|Deputy|Lord|Metro|His Worship|PCSO|Alderman|Aldermen|The|Chair|Chairman|Chairperson|Vice";

    static final String TITLE = "(?:" + Names.TIER_COUNCILLOR + "|Cllrs?\\.?|Councillors?|Crs?\\.?|Mr\\.?|Mrs\\.?|Ms\\.?"
            + "|Miss|Dr\\.?|Sir|Dame|Prof\\.?|Rev\\.?|Mayor|Deputy Mayor|His Worship (?:the|The) Mayor|PCSO|Alderman|"
            + "(?:The )?(?:Lord |Metro |Deputy )?Mayor|(?:Deputy |Vice[- ])?Chair(?:man|person|woman)?)";

    /** The titles only members hold: a list's plural title gives none to a name that has one of these. */
    static final String MEMBER_TITLE = "(?:" + Names.TIER_COUNCILLOR + "|Cllrs?\\.?|Councillors?|Crs?\\.?|Alderman|"
            + "(?:The )?(?:Lord |Metro |Deputy )?Mayor|His Worship|(?:Deputy |Vice[- ])?Chair(?:man|person|woman)?)";

    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}’'\\-]*\\.?|[“\"‘]\\p{Lu}\\p{L}+[”\"’]|(?:[A-Z]\\.){1,4}|[A-Z]{1,3}|van|de|der|"
            + "von|Te|O’|O')";

    /** A person's name as lists write it: "Cllr Mr A H Porter", "K. Barrow", "Mrs P Alder", "Paul Duffy". */
    private static final Pattern NAME = Pattern.compile("^(?:" + TITLE + "\\s+){0,3}(?:" + NAME_WORD + "\\s*){1,5}$");

    /** An office said alone, with no name: "The Mayor", "Chairman", "the Deputy Lord Mayor". */
    static final Pattern BARE_OFFICE = Pattern.compile("(?i)^(?:the\\s+)?(?:(?:lord|deputy|metro|vice)[\\s-]+)*"
            + "(?:mayor|chair(?:man|person|woman)?|president|leader|cathaoirleach|leas-chathaoirleach|convenor|convener"
            + "|provost)$");

    private static final Pattern BARE_NAME = Pattern.compile("^(?:(?:\\p{Lu}\\.\\s?|\\p{Lu}\\s){1,3}|\\p{Lu}\\p{Ll}+\\s+)"
            + "\\p{Lu}[\\p{L}’'-]+$");

    /** "Mr P Corbett", "Mrs M Paterson", "Cllr A Iley": a name with its title, nothing else on the line. */
    static boolean isTitledName(String text) {
        String t = text.strip();
        return t.matches("^" + TITLE + "\\s.*") && looksLikeName(t);
    }

    /** A paragraph that is nothing but people ("Cllr L Watson and Cllr J Foster (family commitment)"). */
    static boolean listsOnlyPeople(String text) {
        List<String> pieces = Names.pieces(Sentences.withoutStop(text));
        return !pieces.isEmpty() && pieces.stream().allMatch(piece -> looksLikeName(piece.replaceAll(
                "^(?:Councillors|Cllrs\\.?|Crs)\\s+", "").replaceAll("\\s*\\([^)]*\\)$", "")))
                && text.matches("(?s).*\\b(?:Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Dr)\\b.*");
    }

    /**
     * "T.Martin, M.Norton,A.Stanley", "Jane Denton & Colin Warby": people named without a title, each by initials and
     * a surname or by a forename and a surname; read only where an item says whose names they are ("Apologies").
     */
    static boolean listsOnlyBareNames(String text) {
        List<String> pieces = Names.pieces(Sentences.withoutStop(text).replaceAll("\\s+&\\s+", " and "));
        return !pieces.isEmpty() && pieces.stream().allMatch(piece -> BARE_NAME.matcher(piece.strip()).matches()
                && looksLikeName(piece));
    }

    static boolean looksLikeName(String text) {
        String t = text.strip().replaceAll("[,.;]$", "");
        return !t.isEmpty() && NAME.matcher(t).matches() && !BARE_OFFICE.matcher(t).matches() && !NOT_A_NAME.matcher(t).find()
                && !t.matches(".*\\b[A-Z]{4,}\\b.*") && !OFFICE_WORD.matcher(t.replaceFirst("^(?:" + TITLE
                + "\\s+)+", "")).find() && t.split("\\s+").length <= 7;
    }

    /**
     * A name beside an office is a person's when titled or of two words at least: "Human Resources Manager" and
     * "GM - Community Resilience" name an office alone.
     */
    static boolean namesSomeone(String name) {
        return name.strip().matches("^" + TITLE + "\\s.*") || name.strip().split("\\s+").length >= 2;
    }

    static boolean isOffice(String text) {
        return OFFICE_WORD.matcher(text).find() || Offices.isOffice(text);
    }

    static String firstPiece(String text) {
        List<String> pieces = Names.pieces(text);
        return pieces.isEmpty() ? text : pieces.get(0);
    }

    private ListNames() {
    }
}
