package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;

/** One line of the page, as published, with its number (1 = first); spacing tidied, words untouched. */
record Line(int number, String text) {

    boolean blank() {
        return text.isBlank();
    }

    /**
     * The page's lines. Non-breaking and zero-width spaces (web pages are full of them) become plain spaces, and
     * trailing spaces go: neither is a word of the minutes.
     */
    static List<Line> of(String page) {
        String[] raw = page.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i].replace('\u00a0', ' ').replace("\u200b", "").replace('\t', ' ').stripTrailing();
            lines.add(new Line(i + 1, text));
        }
        return lines;
    }
}
