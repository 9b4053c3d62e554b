package org.minutebook.query.platform;

/**
 * A read whose version came found no place free to answer it within its wait ({@link WaitingAside}): answered
 * {@code 503 busy} with {@code Retry-After}, as a request refused at the door ({@link Admission}).
 */
public class QueryBusy extends RuntimeException {

    QueryBusy() {
        super("The query side is answering as many requests as it takes at once; retry in a moment");
    }
}
