package org.minutebook.query.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minutebook.access.AccessProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The query side answers at most so many requests at once ({@code minutebook.queries.concurrent}); past that it
 * answers {@code 503 busy} with {@code Retry-After} at once, before anything else is done for the request, rather
 * than queue it: a queue that grows only makes every answer late, and the memory it takes ran the service out of
 * heap before. Tomcat's own threads and queue are bounded too (application.yml), so nothing waits without bound.
 * The health endpoints are always answered: a load balancer must see how the service is. A request waiting for its
 * version steps aside while it waits ({@link WaitingAside}): it is not being answered then.
 * <p>
 * A clerk's read of her own write ({@code minVersion}) waits a bounded time for a place rather than being refused at
 * once: she has just been told her command is recorded, and a 503 would only make her ask again. Her waiting takes no
 * CPU, and the threads that may wait are Tomcat's, bounded. At 200 commands a second the projection wakes the clerks
 * waiting on a batch's meetings together, each taking a place back to read her answer: for the moment those reads
 * took, every read of a write that came in was answered 503 busy (3,515 of 6,000 in a run of the freshness figure).
 */
@Component
class Admission extends OncePerRequestFilter implements Ordered {

    static final String RULE = "busy";

    private final Semaphore answering;
    private final Duration readOfAWriteWaits;
    private final AccessProblems problems;
    private final Counter refused;

    Admission(@Value("${minutebook.queries.concurrent:32}") int concurrent,
              @Value("${minutebook.queries.read-your-writes-wait-for-place:1s}") Duration readOfAWriteWaits,
              AccessProblems problems, MeterRegistry meters) {
        this.answering = new Semaphore(concurrent);
        this.readOfAWriteWaits = readOfAWriteWaits;
        this.problems = problems;
        this.refused = Counter.builder("minutebook.queries.refused")
                .description("Requests answered 503 busy: more were being answered at once than the service takes")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admitted(request)) {
            refused.increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, RULE,
                    "The query side is answering as many requests as it takes at once; retry in a moment");
            return;
        }
        WaitingAside.admitted(answering, readOfAWriteWaits);
        try {
            chain.doFilter(request, response);
        } finally {
            WaitingAside.left();
        }
    }

    /** A place taken at once, or for a read of a write ({@code minVersion}) within its bounded wait. */
    private boolean admitted(HttpServletRequest request) throws ServletException {
        if (answering.tryAcquire()) {
            return true;
        }
        if (!"GET".equals(request.getMethod()) || request.getParameter("minVersion") == null) {
            return false;
        }
        try {
            return answering.tryAcquire(readOfAWriteWaits.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
