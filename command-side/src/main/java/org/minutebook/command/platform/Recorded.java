package org.minutebook.command.platform;

import java.net.URI;

/**
 * The answer to a recorded command: the meeting (or committee), its version after the command, the id of the
 * fact created (an agenda item, a question, a resolution…) when there is one, and where to read it. A client that
 * reads the query side next can ask for at least that version, and so never reads a page older than its write.
 */
public record Recorded(String id, long version, String factId, URI location) {
}
