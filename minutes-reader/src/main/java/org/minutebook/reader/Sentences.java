package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of a paragraph. A full stop after a title or an initial ("Mrs. H. J. Fryer", "Dr. Feltham",
 * "Cr. Hart") does not end a sentence.
 */
final class Sentences {

    /** A sentence's end: its stop, then a capital, or a minute's number run into one ("… Shaw. 10RESOLVED that …"). */
    private static final Pattern END = Pattern.compile("(?<=[.!?]['’”)]?)\\s+(?=[A-Z‘“(]|\\d{1,4}[A-Z])");
    private static final Pattern NOT_AN_END = Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Dr|Cllr|Cr|Crs|Cllrs|St|No|Prof|Rev|Co|Ltd|"
            + "approx|e\\.g|i\\.e)|\\b[A-Z])\\.$");

    private Sentences() {
    }

    static List<String> of(String paragraph) {
        List<String> sentences = new ArrayList<>();
        Matcher m = END.matcher(paragraph);
        int from = 0;
        while (m.find()) {
            String before = paragraph.substring(from, m.start());
            if (NOT_AN_END.matcher(before).find()) {
                continue;
            }
            sentences.add(before.strip());
            from = m.end();
        }
        String last = paragraph.substring(from).strip();
        if (!last.isEmpty()) {
            sentences.add(last);
        }
        return sentences;
    }

    /** The sentence without its final full stop: words quoted into a fact ("that she was a governor at …"). */
    static String withoutStop(String sentence) {
        return sentence.replaceAll("[.;,]+$", "").strip();
    }
}
