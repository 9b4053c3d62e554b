package org.minutebook.command.platform;

import io.swagger.v3.oas.annotations.media.Schema;

import java.net.URI;

/**
 * The answer to a recorded command: the meeting (or committee), its version after the command, the id of the
 * fact created (an agenda item, a question, a resolution…) when there is one, and where to read it. A client that
 * reads the query side next can ask for at least that version, and so never reads a page older than its write.
 */
public record Recorded(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The meeting or committee")
        String id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Its version after the command, also "
                + "the ETag: the sequence number of its last event")
        long version,
        @Schema(nullable = true, description = "The id of the fact the command created, else null")
        String factId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uri", description = "Where the query side "
                + "serves the record")
        URI location) {
}
