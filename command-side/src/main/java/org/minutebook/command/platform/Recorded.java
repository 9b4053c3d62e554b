package org.minutebook.command.platform;

import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * The answer to a command that was recorded: which meeting, and its version after the command. A client that
 * reads the query side next can ask for at least that version, and so never reads a page older than its write.
 */
public record Recorded(String meetingId, long version, URI location) {

    public static ResponseEntity<Recorded> created(URI location, String meetingId, long version) {
        return ResponseEntity.created(location)
                .eTag(Long.toString(version))
                .body(new Recorded(meetingId, version, location));
    }
}
