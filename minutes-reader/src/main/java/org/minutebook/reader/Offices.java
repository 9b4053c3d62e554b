package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.regex.Pattern;

/**
 * Offices as minutes name them ("The Strategic Director, Social Care and Education", "the Assistant City Mayor
 * (Education and Housing)"): who is an officer, who an executive member or other guest, and how a person is kept
 * — by name when the page names them, else by office, the article dropped ("Strategic Director, …").
 */
final class Offices {

    /**
     * Titles of office in te reo Māori that New Zealand councils print before or instead of the English ("Pou
     * Taumatua - GM Corporate Services", "Tāhūhū Rangapū - Chief Executive Officer"): words of an office, never of a
     * name. A list, so that no page's officer is read as a person called "Pou Taumatua".
     */
    static final String TE_REO_OFFICE_WORDS = "Pou|Pouārahi|Poumatua|Pouwhakahaere|Tāhūhū|Rangapū|Tumu|Whakarae"
            + "|Kaiwhakahaere|Kaiārahi|Kaitohutohu|Kaiwhakarite|Kaitātari|Kaiarataki|Kaihautū|Manukura|Koromatua";
    private static final Pattern OFFICER = Pattern.compile("\\b(?:Director|Officer|Head of|Manager|Chief Executive"
            + "|Executive Director|Co-?ordinator|Clerk|Solicitor|Lawyer|Treasurer|Adviser|Advisor|Analyst|Lead for"
            + "|Principal|Service Lead|Superintendent|Inspector|Commissioner|Consultant|Assistant Director|"
            + TE_REO_OFFICE_WORDS + ")\\b");
    private static final Pattern OFFICER_ANY_CASE = Pattern.compile(OFFICER.pattern(),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EXECUTIVE = Pattern.compile("\\b(?:Mayor|Lead Member|Cabinet Member|Portfolio Holder"
            + "|Leader|Executive Member|Deputy Leader)\\b");
    private static final Pattern NAMED = Pattern.compile("^" + Names.NAME + "$");

    private Offices() {
    }

    static boolean isOffice(String who) {
        return OFFICER.matcher(who).find() || EXECUTIVE.matcher(who).find();
    }

    /** An officer's office however a page writes it ("(clerk)", "Clerk and Responsible Financial Officer"). */
    static boolean isOfficer(String office) {
        return OFFICER_ANY_CASE.matcher(office).find() && !EXECUTIVE.matcher(office).find();
    }

    static boolean isExecutive(String who) {
        return EXECUTIVE.matcher(who).find();
    }

    static boolean isNamed(String who) {
        return NAMED.matcher(who.strip()).matches();
    }

    /**
     * The person as the page names them: by name ("Mrs Sue Whiting", a group such as "STILL SEND 16+"), else by
     * office ("the Director of …", "a member of the public").
     */
    static Person person(String who) {
        String w = who.strip().replaceAll("[,;:.]+$", "");
        boolean byOffice = isOffice(w) || w.matches("^(?:[Tt]he|[Aa]n?) .*");
        if (isNamed(w) || !byOffice && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
            return new Person(null, w, null);
        }
        return new Person(null, null, withoutArticle(w));
    }

    static String withoutArticle(String office) {
        return office.strip().replaceFirst("^(?:The|the)\\s+", "");
    }
}
