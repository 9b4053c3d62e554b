package org.minutebook.reader;

import java.util.Locale;

/** The forms a published minutes page comes in: the text of a page, a page saved from a council's site, a PDF. */
public enum PageFormat {
    TEXT, HTML, PDF;

    /** The format a file's name says ("minutes.pdf", "page.htm"), else its bytes ("%PDF-", "<html"), else text. */
    public static PageFormat of(String name, byte[] bytes) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        if (n.endsWith(".pdf") || startsWith(bytes, "%PDF-")) {
            return PDF;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || looksLikeMarkup(bytes)) {
            return HTML;
        }
        return TEXT;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes == null || bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeMarkup(byte[] bytes) {
        if (bytes == null) {
            return false;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html");
    }
}
