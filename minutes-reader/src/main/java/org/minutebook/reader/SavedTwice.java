package org.minutebook.reader;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A page saved twice over: document sites print a document's text first run into one long line, as a summary, then
 * again line by line ("… Members of the Public Apologies Cr R Jury Member … Upload: others … TRANSCRIPT 1 19
 * November, 2014 – Ordinary Meeting of Council"). Read twice, every fact would be read twice or run together; the
 * copy whose lines are kept is read, the run-on summary and what a site put between the two copies are not.
 */
final class SavedTwice {

    /** Longer than any heading or title: text flattened into one line. */
    private static final int RUN_ON = 300;
    /**
     * Enough words that only a copy of the same text begins with them: two of a clerk's sentences open alike for
     * fifteen words ("It was resolved on the motion of the Mayor, seconded by Councillor Wells, that the …"), never
     * for forty.
     */
    private static final int SAME_OPENING = 40;

    private SavedTwice() {
    }

    static List<Line> readOnce(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().length() < RUN_ON) {
                continue;
            }
            List<String> opening = words(lines.get(i).text());
            if (opening.size() < SAME_OPENING) {
                continue;
            }
            opening = opening.subList(0, SAME_OPENING);
            for (int j = i + 1; j < lines.size(); j++) {
                if (opensWith(lines, j, opening)) {
                    return withoutPageNumber(lines.subList(j, lines.size()));
                }
            }
        }
        return lines;
    }

    /** The copy's first page number ("1" over "19 November, 2014 – Ordinary Meeting of Council") is no minute's. */
    private static List<Line> withoutPageNumber(List<Line> copy) {
        int first = 0;
        while (first < copy.size() && copy.get(first).text().matches("\\s*\\d{0,3}\\s*")) {
            first++;
        }
        return copy.subList(first, copy.size());
    }

    /** Whether the lines from the j-th on, their words read in turn, begin with the words given. */
    private static boolean opensWith(List<Line> lines, int j, List<String> wanted) {
        int matched = 0;
        for (int k = j; k < lines.size() && matched < wanted.size(); k++) {
            for (String word : words(lines.get(k).text())) {
                if (matched == wanted.size()) {
                    break;
                }
                if (!word.equals(wanted.get(matched++))) {
                    return false;
                }
            }
        }
        return matched == wanted.size();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toList();
    }
}
