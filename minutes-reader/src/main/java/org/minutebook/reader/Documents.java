package org.minutebook.reader;

import org.minutebook.events.agenda.AgendaDocument;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document links of ModernGov pages, which survive in the text as "Title pdf icon PDF 243 KB" and
 * "Additional documents:". They are agenda documents, not words of the title or the agenda text.
 */
final class Documents {

    private static final Pattern ICON = Pattern.compile("\\s*(?:\\b(pdf|doc|docx|xls|xlsx|ppt|pptx|html?) icon\\s+)?"
            + "\\b(?<format>PDF|DOCX?|XLSX?|PPTX?|HTML?)\\s+(?<size>\\d+(?:[.,]\\d+)?\\s*[KMG]B)\\b\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDITIONAL = Pattern.compile("\\s*\\bAdditional documents:\\s*",
            Pattern.CASE_INSENSITIVE);

    private Documents() {
    }

    /** The text without its document marks; each mark found is added to {@code documents}, titled by the text. */
    static String takeFrom(String text, List<AgendaDocument> documents) {
        String rest = text;
        Matcher icon = ICON.matcher(rest);
        if (icon.find()) {
            String title = Paragraph.tidy(rest.substring(0, icon.start()));
            documents.add(new AgendaDocument(title.isEmpty() ? null : title, null,
                    icon.group("format").toUpperCase(java.util.Locale.ROOT), icon.group("size"), false));
            rest = rest.substring(0, icon.start()) + " " + rest.substring(icon.end());
        }
        Matcher additional = ADDITIONAL.matcher(rest);
        if (additional.find()) {
            documents.add(new AgendaDocument(null, null, null, null, true));
            rest = additional.replaceAll(" ");
        }
        return Paragraph.tidy(rest);
    }

    /** Where the first document mark of the text starts, or -1. */
    static int markAt(String text) {
        Matcher icon = ICON.matcher(text);
        return icon.find() ? icon.start() : -1;
    }

    static boolean marks(String text) {
        return ICON.matcher(text).find() || ADDITIONAL.matcher(text).find();
    }
}
