package org.minutebook.query.platform;

/** The read model has not yet caught up with a version the client has written: answered 503, retry shortly. */
public class ReadModelBehind extends RuntimeException {

    private final long projectedVersion;
    private final long requestedVersion;

    public ReadModelBehind(String projection, String meetingId, long projectedVersion, long requestedVersion) {
        super("The " + projection + " read model holds meeting " + meetingId + " at version " + projectedVersion
                + ", behind the version " + requestedVersion + " asked for; retry shortly");
        this.projectedVersion = projectedVersion;
        this.requestedVersion = requestedVersion;
    }

    public long projectedVersion() {
        return projectedVersion;
    }

    public long requestedVersion() {
        return requestedVersion;
    }
}
