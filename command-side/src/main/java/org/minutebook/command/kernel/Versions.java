package org.minutebook.command.kernel;

import org.axonframework.modelling.command.AggregateLifecycle;

/** What a command handler answers: the version of the record after the command (its last sequence number). */
public final class Versions {

    private Versions() {
    }

    public static long current() {
        Long version = AggregateLifecycle.getVersion();
        return version == null ? -1 : version;
    }
}
