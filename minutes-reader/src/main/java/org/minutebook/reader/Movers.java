package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who moved and who seconded, in the words minutes use: "Proposed by: Cllr Taylor  Seconded by: Cllr Gradwell",
 * "Moved: Mayor John Carter / Seconded: Cr Rachel Smith", "Moved Cr Bailey, seconded Deputy Mayor Duffy and
 * resolved", "It was proposed by Cllr Davies and seconded by Cllr C. Green", "On the proposal of Cllr. Roger
 * Kennedy and seconded by Cllr. John Fahey", "RESOLVED ON THE MOTION OF COUNCILLOR EVANS, seconded by COUNCILLOR
 * MARTIN, THAT …", "MOVED by Chairperson P Coom, seconded by Deputy Chairperson S Chambers", "Councillor X proposed and Councillor Y seconded", "The proposal was
 * duly seconded by Councillor A.M. Halford".
 */
final class Movers {

    /** A member as a motion's mover or seconder is named: always with a title, so no stray word is taken. */
    static final String WHO = "(?:His Worship (?:the|The) Mayor|Deputy Mayor|Mayor|" + Names.TIER_COUNCILLOR + "|Councillor|"
            + "COUNCILLOR|Cllr\\.?|Cr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|the Chair(?:man|person)?|the Leader|"
            + "the (?:Deputy )?Mayor|(?:Deputy |Vice[- ])?Chair(?:man|person|woman)(?=\\s+[A-Z]))(?:\\s+(?!(?:Seconded|That|To|"
            + "Moved|Proposed|Councillor|Cllr|Cr|Carried|Mayor|Resolution|And|The|AND|On|Upon|In|It|This|There|An|"
            // "A" opens a sentence ("… Cr Smith. A motion …"), or is an initial ("Mr A Henderson")
            + "A(?!\\s+\\p{Lu}\\p{Ll})|(?<=\\p{Ll}\\.\\s{1,3})A|"
            + "As|At|For|With|SECONDED|MOVED|PROPOSED|CARRIED|RESOLVED|AGREED|LOST|THAT|Resolved|Agreed|Lost)"
            + "(?![\\p{L}\\d’'.-]))"
            // "… seconded by Cllr. Oliver Walsh. Cllr. Joe Sullivan was …": a title with its stop starts the next name
            + "(?!(?:Cllr|Cr)\\.\\s)(?:(?:\\p{Lu}\\.){2,4}|"
            + "\\p{Lu}[\\p{L}\\p{M}\\d’'-]*\\.?)){0,4}";
    private static final Pattern MOVED_BY = Pattern.compile("(?i:\\b(?:moved|proposed)(?:\\s+by)?\\s*:?\\s*|\\b(?:up)?on (?:the|a) "
            + "(?:proposal|proposition|motion) (?:of|by|from)\\s+)(?<who>" + WHO + ")");
    /**
     * "Councillor X proposed", not "Moved Cr Denton    Seconded Cr Wason" (the word then a member is who seconded, a
     * column apart on one line), so the name before it is never taken for the seconder's.
     */
    private static final String NOT_NAMING_AFTER = "(?!\\s*(?i:by\\b|:)|\\s+" + WHO + ")";
    private static final Pattern WHO_MOVED = Pattern.compile("(?<who>" + WHO + ")(?:,\\s+as\\s+(?:the\\s+)?[\\w ]{1,30},)?"
            + "\\s+(?i:proposed|moved)\\b" + NOT_NAMING_AFTER);
    private static final Pattern SECONDED_BY = Pattern.compile("(?i:\\bseconded(?:\\s+by)?\\s*:?\\s*)(?<who>" + WHO + ")");
    private static final Pattern WHO_SECONDED = Pattern.compile("(?<who>" + WHO + ")\\s+(?i:seconded)\\b" + NOT_NAMING_AFTER);

    /**
     * "Moved Ray Dickson, seconded Paul Eaton and resolved": as New Zealand boards minute their members, untitled; only
     * in this whole frame is a name without a title taken, so no stray words are.
     */
    private static final String UNTITLED = "(?:" + WHO + "|\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,2})";
    private static final Pattern UNTITLED_MOVER = Pattern.compile("\\bMoved\\s+(?<who>" + UNTITLED + "),\\s+seconded\\s+"
            + UNTITLED + "\\s+and\\s+resolved\\b");
    private static final Pattern UNTITLED_SECONDER = Pattern.compile("\\bMoved\\s+" + UNTITLED + ",\\s+seconded\\s+(?<who>"
            + UNTITLED + ")\\s+and\\s+resolved\\b");

    /**
     * "Proposed (AH) & Seconded (SB) that the minutes be approved": members by the initials the minutes call them, in
     * brackets after the word, as small councils minute them.
     */
    private static final Pattern INITIALLED_MOVER = Pattern.compile("\\b(?i:moved|proposed)\\s*\\((?<who>\\p{Lu}{2,4})\\)");
    private static final Pattern INITIALLED_SECONDER = Pattern.compile("\\b(?i:seconded)\\s*\\((?<who>\\p{Lu}{2,4})\\)");

    private Movers() {
    }

    static Person mover(String text) {
        return first(text, MOVED_BY, WHO_MOVED, UNTITLED_MOVER, INITIALLED_MOVER);
    }

    static Person seconder(String text) {
        return first(text, SECONDED_BY, WHO_SECONDED, UNTITLED_SECONDER, INITIALLED_SECONDER);
    }

    /** A paragraph that only names a mover or seconder ("Proposed by Councillor D. Bree", "Moved: …"). */
    static boolean onlyNames(String text) {
        String rest = MOVED_BY.matcher(text).replaceAll("");
        rest = SECONDED_BY.matcher(rest).replaceAll("");
        return !rest.equals(text) && rest.replaceAll("(?i)\\b(?:and|resolved)\\b", "").replaceAll("[\\s,:;.]", "")
                .isEmpty();
    }

    /**
     * Words that only say who moved and seconded, as a decision's own opening may ("It was proposed by Cllr Archer,
     * seconded by Cllr Grundy and", "On a motion by …, seconded by …, it was"): no words of the motion among them.
     */
    static boolean onlyMove(String text) {
        String rest = SECONDED_BY.matcher(MOVED_BY.matcher(text).replaceAll("")).replaceAll("");
        return !rest.equals(text) && mover(text) != null && rest.replaceAll("(?i)\\b(?:and|it|was|(?:up)?on|a|the)\\b", "")
                .replaceAll("[\\s,:;.]", "").isEmpty();
    }

    /** The mover named last in the text: of several motions, the one moved nearest to what follows. */
    static Person lastMover(String text) {
        return last(text, MOVED_BY, WHO_MOVED, UNTITLED_MOVER, INITIALLED_MOVER);
    }

    static Person lastSeconder(String text) {
        return last(text, SECONDED_BY, WHO_SECONDED, UNTITLED_SECONDER, INITIALLED_SECONDER);
    }

    private static Person last(String text, Pattern... patterns) {
        int at = -1;
        String who = null;
        for (Pattern pattern : patterns) {
            for (Matcher m = pattern.matcher(text); m.find(); ) {
                if (m.start() > at && !m.group("who").isBlank()) {
                    at = m.start();
                    who = m.group("who").strip();
                }
            }
        }
        return person(who);
    }

    private static Person first(String text, Pattern... patterns) {
        int at = Integer.MAX_VALUE;
        String who = null;
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            if (m.find() && m.start() < at && !m.group("who").isBlank()) {
                at = m.start();
                who = m.group("who").strip();
            }
        }
        return person(who);
    }

    private static Person person(String who) {
        if (who == null || who.matches("(?i)^(?:mr|mrs|ms|dr|cllr|cr|councillor)\\.?$")) {
            return null;
        }
        return who.startsWith("the ") ? new Person(null, null, who) : new Person(null, who, null);
    }
}
