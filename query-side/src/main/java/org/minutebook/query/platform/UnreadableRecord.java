package org.minutebook.query.platform;

/**
 * A stored read model that no longer reads as its type (a hand edit, a bad restore). Not the caller's fault and not
 * an outage: it is answered as a problem naming the record, so the operator knows a rebuild repairs it; a
 * projection that meets it parks the event as a dead letter.
 */
public class UnreadableRecord extends IllegalStateException {

    public UnreadableRecord(String message, Throwable cause) {
        super(message, cause);
    }
}
