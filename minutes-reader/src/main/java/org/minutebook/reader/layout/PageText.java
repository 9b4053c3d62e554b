package org.minutebook.reader.layout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.minutebook.reader.PageFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The first stage of reading: a page's bytes as the lines a reader sees. HTML is parsed by jsoup as a browser would
 * (scripts, styles and navigation dropped; each heading, paragraph, list item, table cell and row on lines of
 * its own, so a ModernGov item's number and title stay apart); a PDF's text is taken by Apache PDFBox in the
 * order it reads on the page; text is taken as it is.
 */
public final class PageText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "tr", "td", "table", "tbody", "thead", "section", "article", "header", "dt", "dd", "dl",
            "blockquote", "pre", "address", "caption", "main", "figure", "figcaption", "hr", "br", "form", "fieldset");
    /** Not the page's words: code, navigation, the site's footer. (A table's header cells read as one line.) */
    private static final Set<String> UNREAD = Set.of("script", "style", "noscript", "template", "nav", "head",
            "button", "select", "option", "svg", "iframe", "footer");

    private PageText() {
    }

    /** The page's text; a PDF that cannot be read is reported as {@link UnreadablePage}. */
    public static String of(byte[] bytes, PageFormat format) {
        return switch (format) {
            case TEXT -> new String(bytes, StandardCharsets.UTF_8);
            case HTML -> html(new String(bytes, StandardCharsets.UTF_8));
            case PDF -> pdf(bytes);
        };
    }

    static String html(String markup) {
        Document document = Jsoup.parse(markup);
        MarkedAttendance.asLists(document);
        StringBuilder text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            private int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && UNREAD.contains(element.normalName())) {
                    skipping++;
                } else if (skipping == 0 && node instanceof TextNode textNode) {
                    String words = textNode.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " ");
                    if (!words.isBlank() || text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                        text.append(words);
                    }
                } else if (skipping == 0 && node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    newLine(text);
                } else if (skipping == 0 && node instanceof Element element && element.normalName().equals("th")
                        && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && UNREAD.contains(element.normalName())) {
                    skipping--;
                } else if (skipping == 0 && node instanceof Element element
                        && BLOCKS.contains(element.normalName())) {
                    newLine(text);
                }
            }
        });
        return tidy(text.toString());
    }

    private static void newLine(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    /** Lines stripped, and no more than one blank line between blocks, as a page saved as text reads. */
    private static String tidy(String text) {
        StringBuilder tidy = new StringBuilder();
        boolean blank = false;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                blank = true;
                continue;
            }
            if (tidy.length() > 0) {
                tidy.append(blank ? "\n\n" : "\n\n");
            }
            tidy.append(l);
            blank = false;
        }
        return tidy.append('\n').toString();
    }

    static String pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setAddMoreFormatting(true);
            return stripper.getText(document);
        } catch (IOException unreadable) {
            throw new UnreadablePage("The PDF cannot be read: " + unreadable.getMessage());
        }
    }

    /** Bytes that are not the page their format says: a broken or encrypted PDF. */
    public static final class UnreadablePage extends RuntimeException {
        public UnreadablePage(String message) {
            super(message);
        }
    }
}
