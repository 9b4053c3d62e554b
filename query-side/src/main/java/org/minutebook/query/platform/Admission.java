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
import java.util.concurrent.Semaphore;

/**
 * The query side answers at most so many requests at once ({@code minutebook.queries.concurrent}); past that it
 * answers {@code 503 busy} with {@code Retry-After} at once, before anything else is done for the request, rather
 * than queue it: a queue that grows only makes every answer late, and the memory it takes ran the service out of
 * heap before. Tomcat's own threads and queue are bounded too (application.yml), so nothing waits without bound.
 * The health endpoints are always answered: a load balancer must see how the service is. A request waiting for its
 * version steps aside while it waits ({@link WaitingAside}): it is not being answered then.
 */
@Component
class Admission extends OncePerRequestFilter implements Ordered {

    static final String RULE = "busy";

    private final Semaphore answering;
    private final AccessProblems problems;
    private final Counter refused;

    Admission(@Value("${minutebook.queries.concurrent:32}") int concurrent, AccessProblems problems,
              MeterRegistry meters) {
        this.answering = new Semaphore(concurrent);
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
        if (!answering.tryAcquire()) {
            refused.increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, RULE,
                    "The query side is answering as many requests as it takes at once; retry in a moment");
            return;
        }
        WaitingAside.admitted(answering);
        try {
            chain.doFilter(request, response);
        } finally {
            WaitingAside.left();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
