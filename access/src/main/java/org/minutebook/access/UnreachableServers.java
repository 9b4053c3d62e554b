package org.minutebook.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.util.function.Function;

/**
 * A request that failed because a server it needs could not be reached answers 503 problem+json naming that
 * server, with {@code Retry-After}: never a 500. Each service says how it recognises such a failure, by its cause,
 * wherever the frameworks wrapped it.
 * <p>
 * A resolver ahead of every {@code @ExceptionHandler} (whose catch-all would answer a wrapped failure as a 500);
 * anything it does not recognise passes on untouched to the problem handlers.
 */
public final class UnreachableServers implements HandlerExceptionResolver, Ordered {

    /** Seconds: a restarted server is back within a few, and the clients reconnect by themselves. */
    private static final String RETRY_AFTER = "5";
    private static final Logger LOG = LoggerFactory.getLogger(UnreachableServers.class);

    private final AccessProblems problems;
    private final Function<Throwable, Server> recognise;

    /** @param recognise the server a failure could not reach, or null when it is no such failure */
    public UnreachableServers(AccessProblems problems, Function<Throwable, Server> recognise) {
        this.problems = problems;
        this.recognise = recognise;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        Server server = recognise.apply(failure);
        if (server == null) {
            return null;
        }
        // one line per refused request, not a stack trace: an outage refuses many
        LOG.warn("{} answered 503 {} ({})", request.getRequestURI(), server.rule(), failure.toString());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        try {
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, server.rule(), server.detail());
        } catch (IOException e) {
            LOG.debug("The 503 could not be written: the client went away", e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The answer for one unreachable server: its rule (the problem's type) and what to tell the caller. */
    public record Server(String rule, String detail) {
    }
}
