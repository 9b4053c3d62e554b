package org.minutebook.command.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import org.minutebook.reader.ReadingWarning;

import java.util.List;
import java.util.Map;

/**
 * What an import did with one page: the records it names, whether anything was recorded, the facts recognised by
 * kind, the paragraphs left as the minute's words only, and what the reading was unsure of, by line.
 */
@Schema(description = "What an import did with one page")
public record ImportReport(
        @Schema(description = "The page's origin, as given") String source,
        @Schema(description = "SHA-256 of the page's text (UTF-8), lower-case hex") String sha256,
        String committeeId,
        String meetingId,
        @Schema(description = "RECORDED (first import), CORRECTED (a changed page: only the differences were "
                + "recorded, as corrections), UNCHANGED (the same page again: nothing recorded)") Outcome outcome,
        @Schema(description = "Whether any event was recorded") boolean recorded,
        @Schema(description = "The meeting's version after the import") long version,
        @Schema(description = "The facts recognised on the page, by kind") Map<String, Integer> recognised,
        @Schema(description = "Paragraphs in which no fact was recognised: kept as the item's minute text")
        List<LeftAsText> leftAsText,
        @Schema(description = "What the reading was unsure of, with the line of the page it comes from")
        List<ReadingWarning> warnings,
        @Schema(description = "What this import recorded") Changes changes,
        @Schema(description = "What the page does not state and was not given: committee, council, date")
        List<String> missing) {

    public enum Outcome { RECORDED, CORRECTED, UNCHANGED }

    /** A paragraph kept as words only: the item it belongs to (its number, else its title), its line, its words. */
    public record LeftAsText(String item, int line, String text) {
    }

    /** Facts recorded anew, facts corrected to the page's new wording, facts struck out as no longer on the page. */
    public record Changes(int added, int corrected, int struckOut) {
    }
}
