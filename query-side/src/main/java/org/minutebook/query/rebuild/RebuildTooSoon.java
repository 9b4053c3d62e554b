package org.minutebook.query.rebuild;

import java.time.Instant;

/** A rebuild was asked for too soon after the last one, without forcing it. */
class RebuildTooSoon extends RuntimeException {

    private final Instant lastStartedAt;
    private final Instant allowedFrom;

    RebuildTooSoon(Instant lastStartedAt, Instant allowedFrom) {
        super("The read models were last rebuilt from " + lastStartedAt + "; the next rebuild may start from "
                + allowedFrom + ", or now with force=true");
        this.lastStartedAt = lastStartedAt;
        this.allowedFrom = allowedFrom;
    }

    Instant lastStartedAt() {
        return lastStartedAt;
    }

    Instant allowedFrom() {
        return allowedFrom;
    }
}
