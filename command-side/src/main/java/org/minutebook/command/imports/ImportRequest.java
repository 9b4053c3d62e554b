package org.minutebook.command.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minutebook.command.limits.PipelineLimits;
import org.minutebook.command.meetings.RecordMinutesImport;
import org.minutebook.command.platform.PlainText;
import org.minutebook.command.platform.TimeZoneId;
import org.minutebook.reader.PageFormat;

import java.time.LocalDate;

/**
 * A published minutes page to import: where it comes from, the page (its text, or the file's bytes in base64 for a
 * PDF), its format, and what the page leaves out that the clerk knows (council, committee, date, time zone).
 */
@Schema(description = "A published minutes page to import: its text (a page's text or HTML), or its bytes in "
        + "base64 (a PDF); what the page does not state may be given beside it")
public record ImportRequest(
        @Schema(description = "The page's origin: a file name or a URL", example = "002_badff10682084d70.txt")
        @PlainText @NotBlank @Size(max = RecordMinutesImport.LONGEST_SOURCE) String source,
        @Schema(description = "The page's text or HTML, as published (give this or content); as long as its record "
                + "allows (the largest event, less the list of its facts)")
        @PlainText(multiline = true) String text,
        @Schema(description = "The file's bytes in base64, for a PDF (give this or text)")
        @Size(max = PipelineLimits.LONGEST_PAGE_CONTENT) String content,
        @Schema(description = "TEXT, HTML or PDF; by default from the source's name and the bytes")
        PageFormat format,
        @Schema(description = "The council, when the page does not name it")
        @PlainText @Size(min = 1, max = 300) String council,
        @Schema(description = "The committee, when the page does not name it: its name, or the id of a committee "
                + "already registered")
        @PlainText @Size(min = 1, max = 300) String committee,
        @Schema(description = "The meeting's date, when the page does not give it") LocalDate date,
        @Schema(description = "The council's time zone for a committee the import registers (Europe/London by "
                + "default)", example = "Pacific/Auckland")
        @TimeZoneId String timeZone) {

    /** What the clerk gives beside the page. */
    record Given(String council, String committee, LocalDate date, String timeZone) {
    }

    Given given() {
        return new Given(council, committee, date, timeZone);
    }
}
