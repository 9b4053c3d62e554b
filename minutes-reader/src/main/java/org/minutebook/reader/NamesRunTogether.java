package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a page printed with no commas between them ("P J Bateson J Campbell", "Eric Baird William McKenna"), parted
 * only where nothing else can be meant: a form of its own, since a wrong split invents people.
 */
final class NamesRunTogether {

    /**
     * "Sean Farrell Frank Kilbride" in a list of given names and surnames: a comma the page dropped. Split only where
     * that is safe: four whole capitalised words (no initials, no "Mac", "O", "van") in a list of at least three
     * other names of two or three words each, so that every other piece shows what one name of the list looks like;
     * never an office printed before the name ("Deputy Mayor James Leslie").
     */
    static List<String> twoNamesRunTogether(List<String> pieces) {
        long plainNames = pieces.stream().filter(piece -> TWO_OR_THREE_WORDS.matcher(piece.strip()).matches()).count();
        List<String> split = new ArrayList<>();
        for (String piece : pieces) {
            Matcher two = TWO_PAIRS.matcher(piece.strip());
            if (two.matches() && plainNames >= 3 && plainNames == pieces.size() - 1 && !ListNames.isOffice(two.group("first"))
                    && !ListNames.BARE_OFFICE.matcher(two.group("first")).matches()) {
                split.add(two.group("first"));
                split.add(two.group("second"));
            } else {
                split.add(piece);
            }
        }
        return split;
    }

    /**
     * "Eric Baird William McKenna Stuart Black Mrs Lucy Grant": names a page printed in columns, run together without
     * commas once saved. Parted only where nothing else can be meant: whole capitalised words, no initials, no office,
     * four words at least, untitled at first, each run of untitled words given names and surnames in pairs, a title
     * later opening one name of its own of two words.
     */
    static List<String> withoutCommas(List<String> pieces) {
        List<String> parted = new ArrayList<>();
        for (String piece : pieces) {
            List<String> names = namesRunOn(piece.strip());
            parted.addAll(names.isEmpty() ? List.of(piece) : names);
        }
        return parted;
    }

    private static List<String> namesRunOn(String piece) {
        String[] words = piece.split("\\s+");
        // a piece opening with a title is one member as printed ("Cr Toi Kai Rākau Iti"): names may be long
        if (words.length < 4 || ListNames.isOffice(piece) || ListNames.OFFICE_WORD.matcher(piece).find()
                || RUN_ON_TITLE.matcher(words[0]).matches()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String title = null;
        for (int w = 0; w <= words.length; w++) {
            boolean end = w == words.length;
            if (!end && !RUN_ON_TITLE.matcher(words[w]).matches() && (!RUN_ON_WORD.matcher(words[w]).matches()
                    || words[w].matches("^(?:" + ListNames.TITLE_WORDS + "|Councilors?|" + Names.TIERS + ")$"))) {
                // "County Councilor Mr Ifor Bowen": a title of more words than one is no given name
                return List.of();
            }
            if (end || RUN_ON_TITLE.matcher(words[w]).matches()) {
                // a title within the run takes a given name and a surname, and only where nothing else follows
                int taken = title == null ? 0 : 2;
                if (title != null && run.size() != 2 || run.size() % 2 != 0) {
                    return List.of();
                }
                if (title != null) {
                    names.add(title + " " + String.join(" ", run.subList(0, taken)));
                }
                for (int n = taken; n < run.size(); n += 2) {
                    names.add(run.get(n) + " " + run.get(n + 1));
                }
                run.clear();
                title = end ? null : words[w];
            } else {
                run.add(words[w]);
            }
        }
        return names.size() >= 2 ? names : List.of();
    }

    private static final Pattern RUN_ON_TITLE = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Cr)\\.?$");

    private static final Pattern RUN_ON_WORD = Pattern.compile("^(?:Mac|Mc|O['’])?\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)?$");

    private static final String WHOLE_WORD = "(?!(?:Mac|Mc|Mhic|Ni|Nic|Van|Von|De|Du|Di|La|Le|St|O)\\b)\\p{Lu}\\p{Ll}+";

    private static final Pattern TWO_PAIRS = Pattern.compile("^(?:(?:Councillors?|Cllrs?\\.?)\\s+)?(?<first>" + WHOLE_WORD
            + "\\s+" + WHOLE_WORD + ")\\s+(?<second>" + WHOLE_WORD + "\\s+" + WHOLE_WORD + ")$");

    private static final Pattern TWO_OR_THREE_WORDS = Pattern.compile("^(?:(?:Councillors?|Cllrs?\\.?|[–—-])\\s+)*"
            + "[\\p{Lu}][\\p{L}’'.\\-]*(?:\\s+[\\p{Lu}][\\p{L}’'.\\-]*){1,2}$");

    /** "J.H. ", "P J ", "JP ": a name's initials, each parted from the next, or two or three run together. */
    private static final String INITIALS = "(?:(?:[A-Z]\\.\\s*){1,4}|(?:[A-Z]\\s+){1,4}|[A-Z]{2,3}\\s+)";

    static final Pattern INITIALLED = Pattern.compile("^(?:(?:" + ListNames.MEMBER_TITLE + "|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?"
            + INITIALS + "\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:MBE|OBE|CBE|BEM|JP))?$");

    private static final Pattern BEFORE_INITIALS = Pattern.compile("(?<=\\p{Ll}{2}|\\b(?:MBE|OBE|CBE|BEM|JP))"
            + "(?<!\\b(?:Cllr|Councillor|Alderman|Mayor|Chairman|Deputy|" + Names.TIERS + "|Mrs|Miss|Lord|Lady|Worship))\\s+(?=(?:(?:Mr"
            + "|Mrs|Ms|Miss|Dr)\\.?\\s+)?(?:[A-Z]\\.?\\s+){1,4}\\p{Lu}\\p{Ll})");

    /**
     * Names a list prints with nothing between them ("P J Bateson J Campbell T J Catherwood", "J Gilmour M Goodman"),
     * parted before each run of initials, where every part is then an initialled name.
     */
    static String initialledNames(String list) {
        List<String> out = new ArrayList<>();
        for (String piece : list.split("(?<=,)")) {
            String[] parts = BEFORE_INITIALS.split(piece.strip().replaceAll(",$", ""));
            boolean all = parts.length > 1 && java.util.Arrays.stream(parts).allMatch(part -> INITIALLED.matcher(
                    part.strip()).matches());
            out.add(all ? String.join(", ", parts) + (piece.strip().endsWith(",") ? "," : "") : piece);
        }
        return String.join(" ", out).replaceAll("\\s+", " ").strip();
    }

    private NamesRunTogether() {
    }
}
