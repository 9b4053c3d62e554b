package org.minutebook.command.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.imports.ImportedFact;

import java.util.List;

/**
 * Keep with the meeting the page its record was imported from, and which event records which fact of it. Sent by
 * the importer (package {@code imports}) after the facts of the page. The text is as long as the largest event
 * allows, with the list of facts (package {@code limits}): a council's longest minutes pages run to some hundred
 * thousand characters.
 */
public record RecordMinutesImport(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Size(max = LONGEST_SOURCE) String source,
        @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String sha256,
        @NotBlank String text,
        @NotNull List<@NotNull @Valid ImportedFact> facts) {

    /** A file name or a URL. */
    public static final int LONGEST_SOURCE = 2000;
}
