package org.minutebook.command.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minutebook.command.meetings.RecordMinutesImport;
import org.minutebook.command.platform.PlainText;

/** A published minutes page to import: where it comes from, and its text. */
@Schema(description = "A published minutes page to import")
public record ImportRequest(
        @Schema(description = "The page's origin: a file name or a URL", example = "002_badff10682084d70.txt")
        @PlainText @NotBlank @Size(max = RecordMinutesImport.LONGEST_SOURCE) String source,
        @Schema(description = "The page's text, as published (ModernGov page, table rows, or the text of a PDF)")
        @PlainText(multiline = true) @NotBlank String text) {
}
