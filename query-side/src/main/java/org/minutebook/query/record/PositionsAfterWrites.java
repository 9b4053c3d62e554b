package org.minutebook.query.record;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

import java.util.List;
import java.util.Optional;

/**
 * The meeting records processor's positions, stored only once the writes of every batch before them are done
 * ({@link WritesInFlight}): the processor stores a batch's position as soon as the batch is folded and its writes
 * handed on, and this keeps it behind them. A write that failed is told to the processor when it next stores or
 * claims its position, so it goes back to the position stored (the batch before the one that failed) and projects
 * again from there; it takes it up only once the writes in flight are done, and releases its claim (a shutdown, a
 * rebuild) only then too.
 */
final class PositionsAfterWrites implements TokenStore {

    private final TokenStore positions;
    private final WritesInFlight writes;

    PositionsAfterWrites(TokenStore positions, WritesInFlight writes) {
        this.positions = positions;
        this.writes = writes;
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        writes.afterWrites(() -> positions.storeToken(token, processorName, segment));
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        writes.failIfFailed();
        positions.extendClaim(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        writes.settle();
        return positions.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        writes.settle();
        return positions.fetchToken(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        writes.awaitAll();
        positions.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        positions.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        positions.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        positions.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        positions.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return positions.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return positions.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return positions.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return positions.retrieveStorageIdentifier();
    }
}
