package org.minutebook.command.platform;

import org.minutebook.command.kernel.Rule;

/**
 * What any request is held to, whatever it records: an idempotency key names one request. The rules of this part of
 * the record, each by its id as docs/events.md lists it under "Any command", each with its story in
 * ReadingACommandTest.
 */
public final class RequestRules {

    public static final Rule IDEMPOTENCY_KEY_REUSED = Rule.invalid("idempotency-key-reused");

    private RequestRules() {
    }
}
