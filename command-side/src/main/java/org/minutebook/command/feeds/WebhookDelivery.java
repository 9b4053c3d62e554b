package org.minutebook.command.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers the decisions feed to each registered subscriber, one decision a request, in the feed's order, at least
 * once: a decision is POSTed as JSON, signed ({@link WebhookSignature}: headers {@code webhook-id} — the decision's
 * {@code id}, to de-duplicate on — {@code webhook-timestamp} and {@code webhook-signature}), and counts as
 * delivered once the subscriber answers 2xx. Any other answer, or none in time, is tried again after 1, 2, 4…
 * seconds, at most an hour apart, for as long as the subscriber is registered; the decisions after it wait, so a
 * subscriber never receives them out of order.
 */
@Component
class WebhookDelivery implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final DecisionSubscribers subscribers;
    private final DecisionFeed feed;
    private final ObjectMapper json;
    private final Duration every;
    private final Duration timeout;
    private final int batch;
    private final String instance = "command-side-" + UUID.randomUUID();
    private final HttpClient http;
    private ScheduledExecutorService deliverer;

    WebhookDelivery(DecisionSubscribers subscribers, DecisionFeed feed, ObjectMapper json,
                    @Value("${minutebook.webhooks.poll-interval:1s}") Duration every,
                    @Value("${minutebook.webhooks.timeout:10s}") Duration timeout,
                    @Value("${minutebook.webhooks.batch:50}") int batch) {
        this.subscribers = subscribers;
        this.feed = feed;
        this.json = json;
        this.every = every;
        this.timeout = timeout;
        this.batch = batch;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One round: each subscriber due a delivery, and held by this instance, receives what it has not yet. */
    void deliverDue() {
        for (DecisionSubscribers.Subscriber subscriber : subscribers.takeDue(instance, timeout.multipliedBy(batch + 1))) {
            deliverTo(subscriber);
        }
    }

    private void deliverTo(DecisionSubscribers.Subscriber subscriber) {
        DecisionFeed.Page page = feed.after(subscriber.deliveredPosition(), batch, subscriber.council());
        for (DecisionFeed.Entry entry : page.decisions()) {
            String failure = post(subscriber, entry);
            if (failure != null) {
                int attempts = subscriber.attempts() + 1;
                Duration wait = Duration.ofSeconds(1L << Math.min(attempts - 1, 12));
                subscribers.failed(subscriber.id(), attempts, Instant.now().plus(wait.compareTo(LONGEST_WAIT) > 0
                        ? LONGEST_WAIT : wait), failure);
                LOG.warn("Decision {} not delivered to subscriber {} ({}), attempt {}: {}", entry.decision().id(),
                        subscriber.id(), subscriber.url(), attempts, failure);
                return;
            }
            subscribers.delivered(subscriber.id(), entry.position());
            subscriber = new DecisionSubscribers.Subscriber(subscriber.id(), subscriber.url(), subscriber.secret(),
                    subscriber.council(), subscriber.registeredAt(), entry.position(), 0, subscriber.nextAttemptAt(),
                    null);
        }
    }

    /** Null when the subscriber took the decision (2xx), else why not. */
    private String post(DecisionSubscribers.Subscriber subscriber, DecisionFeed.Entry entry) {
        String body;
        try {
            body = json.writeValueAsString(entry.decision());
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException(unwritable);
        }
        long timestamp = Instant.now().getEpochSecond();
        String id = entry.decision().id();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscriber.url())).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(subscriber.secret(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "answered " + status;
        } catch (IOException unreachable) {
            return unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return "stopped while delivering";
        }
    }

    @Override
    public void start() {
        deliverer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
        deliverer.scheduleWithFixedDelay(() -> {
            try {
                deliverDue();
            } catch (RuntimeException failed) {
                // the event store unreachable, say: the next round tries again
                LOG.warn("Webhook delivery round failed: {}", failed.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        deliverer.shutdownNow();
        try {
            deliverer.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
            subscribers.release(instance);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unreachable) {
            LOG.info("Webhook subscribers not released ({}): their leases run out", unreachable.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return deliverer != null && !deliverer.isShutdown();
    }
}
