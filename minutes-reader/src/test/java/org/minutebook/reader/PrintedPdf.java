package org.minutebook.reader;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** Printed minutes as a council's word processor prints them: a line of text a line of an A4 page, in Helvetica. */
public final class PrintedPdf {

    private static final int LINES_A_PAGE = 52;

    private PrintedPdf() {
    }

    public static byte[] of(List<String> lines) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int from = 0; from < lines.size(); from += LINES_A_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 800);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + LINES_A_PAGE))) {
                        // the standard font's characters: typographic quotes and dashes as a typist's
                        content.showText(line.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-')
                                .replaceAll("[^\\x20-\\x7e]", " "));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
