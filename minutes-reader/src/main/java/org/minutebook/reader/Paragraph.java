package org.minutebook.reader;

/** A paragraph of the page's text, as one line of words, with the line it starts on. */
record Paragraph(int line, String text) {

    static String tidy(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    Paragraph {
        text = tidy(text);
    }
}
