package org.minutebook.query.platform;

import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.Buffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaRecordMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands records to the processor in the order they were fetched. Each record's position (tracking token) covers
 * everything fetched before it, so only this order makes a stored position exact: the extension's default buffer
 * re-sorts records of different partitions by timestamp, and a position stored then can claim records of another
 * partition that were fetched but not yet processed — lost if the service stops at that moment.
 * <p>
 * At debug, each poll's records are logged as they come: how many, how long the oldest had been on the topic and
 * how many were still waiting for the processor (where a fact's freshness goes, docs/performance.md).
 */
final class FetchOrderBuffer<E> implements Buffer<E> {

    private static final Logger LOG = LoggerFactory.getLogger(FetchOrderBuffer.class);

    private final LinkedBlockingQueue<E> queue;
    private volatile RuntimeException fetchFailure;

    FetchOrderBuffer(int capacity) {
        this.queue = new LinkedBlockingQueue<>(capacity);
    }

    @Override
    public void put(E element) throws InterruptedException {
        queue.put(element);
    }

    @Override
    public void putAll(Collection<E> elements) throws InterruptedException {
        if (LOG.isDebugEnabled() && !elements.isEmpty()) {
            long oldest = elements.stream().filter(KafkaRecordMetaData.class::isInstance)
                    .mapToLong(element -> ((KafkaRecordMetaData<?>) element).timestamp()).min().orElse(0);
            LOG.debug("fetched records={} oldestOnTopicMs={} waiting={}", elements.size(),
                    System.currentTimeMillis() - oldest, queue.size());
        }
        for (E element : elements) {
            queue.put(element);
        }
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        failIfFetchFailed();
        return queue.poll(timeout, unit);
    }

    @Override
    public E take() throws InterruptedException {
        failIfFetchFailed();
        return queue.take();
    }

    @Override
    public E peek() {
        failIfFetchFailed();
        return queue.peek();
    }

    @Override
    public int size() {
        return queue.size();
    }

    @Override
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    @Override
    public int remainingCapacity() {
        return queue.remainingCapacity();
    }

    @Override
    public void clear() {
        queue.clear();
    }

    /** The fetcher failed: the processor must see it (and retry from its position) once the buffer is drained. */
    @Override
    public void setException(RuntimeException exception) {
        this.fetchFailure = exception;
    }

    private void failIfFetchFailed() {
        RuntimeException failure = fetchFailure;
        if (failure != null && queue.isEmpty()) {
            throw failure;
        }
    }
}
