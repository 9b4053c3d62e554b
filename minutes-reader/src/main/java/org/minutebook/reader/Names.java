package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People as minutes name them: "Cllr Rae Bhatia", "Councillor Dr Moore", "Mrs. H. J. Fryer CC", "Mr Mohit
 * Sharma". Names are kept as written, never re-spelt or merged.
 */
final class Names {

    /** A councillor of another tier, a guest at a parish's meeting: "District Councillor Pamela Bosworth". */
    static final String TIERS = "County|District|Borough|City|Town|Parish|Ward";
    static final String TIER_COUNCILLOR = "(?:" + TIERS + ") (?:Councill?or|Cllr\\.?)";
    static final String TITLE = "(?:" + TIER_COUNCILLOR + "|Cllr\\.?|Councillor|Councillors|Cllrs\\.?|Mr\\.?|Mrs\\.?|Ms\\.?"
            + "|Miss|Dr\\.?|Sir|Dame|Lord|Lady|Professor|Prof\\.?|Rev(?:erend)?\\.?|Alderman)";
    private static final String WORD = "(?:[A-Z][A-Za-z'’\\-]+|[A-Z]\\.?)";
    /** A name with a title: "Cllr Rae Bhatia", "Councillor Dr Moore", "Mrs. H. J. Fryer CC". */
    static final String NAME = "(?:" + TITLE + "\\s+(?:(?:Dr\\.?|Mr\\.?|Mrs\\.?)\\s+)?(?:" + WORD + "\\s+){0,4}"
            + WORD + "(?:\\s+(?:CC|MBE|OBE|CBE|JP|MP))?|(?:" + WORD + "\\s+){0,4}" + WORD + "\\s+CC)";
    private static final Pattern ONE_NAME = Pattern.compile("^\\s*(" + NAME + ")\\s*(\\(([^)]*)\\))?\\s*[,;.]?\\s*$");
    private static final Pattern CHAIR_MARK = Pattern.compile("(?i)\\b(?:in the chair|chair(?:man|woman|person)?)\\b|^Ch$");

    private Names() {
    }

    /** A line listing people present: one name a line, or names separated by commas. */
    static boolean listsPeople(String text) {
        List<String> pieces = pieces(text);
        return !pieces.isEmpty() && pieces.stream().allMatch(piece -> ONE_NAME.matcher(piece).matches());
    }

    /** The names a list gives ("Cllr Rae Bhatia, Cllr Cole and Cllr Orton"), each as written. */
    static List<Listed> listed(String text) {
        List<Listed> people = new ArrayList<>();
        String prefix = null;
        for (String piece : pieces(text)) {
            String collective = collectivePrefix(piece);
            if (collective != null) {
                prefix = collective;
                piece = piece.substring(piece.indexOf(' ') + 1);
            }
            Matcher m = ONE_NAME.matcher(piece);
            if (!m.matches() && prefix != null) {
                m = ONE_NAME.matcher(prefix + " " + piece);
            }
            if (m.matches()) {
                String note = m.group(3);
                people.add(new Listed(m.group(1).strip(), note != null && CHAIR_MARK.matcher(note).find(), note));
            }
        }
        return people;
    }

    /** "Councillors Cole and Smith": the title the page gives them all, in the singular, for the names after it. */
    private static String collectivePrefix(String piece) {
        if (piece.startsWith("Councillors ")) {
            return "Councillor";
        }
        if (piece.startsWith("Cllrs ") || piece.startsWith("Cllrs. ")) {
            return "Cllr";
        }
        return null;
    }

    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        // "Mrs. H. J. Fryer CC (in the Chair)": commas inside brackets do not separate people
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        String t = text.strip().replaceAll("\\.$", "");
        for (String token : t.split("(?<=[,;()])|(?=[,;()])|(?<=\\s)(?=and\\s)|(?<=\\sand)(?=\\s)")) {
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")")) {
                depth--;
            }
            if (depth == 0 && (token.equals(",") || token.equals(";") || token.strip().equals("and"))) {
                add(pieces, piece);
                piece = new StringBuilder();
            } else {
                piece.append(token);
            }
        }
        add(pieces, piece);
        return pieces;
    }

    private static void add(List<String> pieces, StringBuilder piece) {
        String p = piece.toString().strip();
        if (!p.isEmpty()) {
            pieces.add(p);
        }
    }

    /** A person in a list, whether the list marks them as in the chair, and the note in brackets, if any. */
    record Listed(String name, boolean inTheChair, String note) {
    }
}
