package org.minutebook.events;

import java.util.Map;

/** Where and how the events are published: the parts of the contract that are not the records themselves. */
public final class EventContract {

    /** Every meeting event, keyed by meeting id. Retained forever: read models are rebuilt by replaying it. */
    public static final String MEETING_EVENTS_TOPIC = "minutebook.meeting-events";

    /**
     * Decisions only, for governance systems that want nothing else: resolutions, lost motions, deferrals and
     * withdrawals, referrals and further reports, confirmations of minutes, and corrections of any of these. Never
     * about an exempt agenda item.
     * Same format and key as {@link #MEETING_EVENTS_TOPIC}; retained forever.
     */
    public static final String DECISIONS_TOPIC = "minutebook.decisions";

    /**
     * The chain head of each record every time a seal is signed: record id, sequence number, hash, when sealed, the
     * key's id and the signature, as JSON, keyed by record id. Append-only and retained forever, so a chain
     * rewritten or cut short in the event store no longer matches what was published (docs/operations.md).
     */
    public static final String CHAIN_HEADS_TOPIC = "minutebook.chain-heads";

    /** The CloudEvents {@code source} of every event minutebook publishes. */
    public static final String CLOUD_EVENT_SOURCE = "/minutebook/command-side";

    /**
     * Event metadata travels as CloudEvents extension attributes, whose names must be lower-case letters and
     * digits: metadata key to extension name.
     */
    public static final Map<String, String> METADATA_EXTENSIONS = Map.of(
            "correlationId", "correlationid",
            "traceId", "traceid",
            "recordedBy", "recordedby",
            "recordedByName", "recordedbyname",
            "requestId", "requestid");

    private EventContract() {
    }
}
