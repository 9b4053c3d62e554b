package org.minutebook.access;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;

import java.io.IOException;

/**
 * The error page of both services, in place of Spring Boot's (JSON of its own shape, or a "Whitelabel" HTML page): a
 * refusal decided before any controller — a request Spring Security's firewall rejects, a URL Tomcat cannot
 * decode, a filter's {@code sendError} — is problem+json like every other answer, whatever the client accepts.
 * A servlet rather than a controller, so that it is no operation of the API and its OpenAPI document.
 */
final class ErrorPages extends HttpServlet implements ErrorController {

    private final transient AccessProblems problems;

    ErrorPages(AccessProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // called directly, not forwarded with an error: a path like any other that does not exist
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        problems.write(response, status, AccessProblems.ruleOf(status), detail(status));
    }

    /** Said without echoing the request: what reaches here was unreadable, not a field of a command. */
    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed: its URL, percent-encoding, request line or headers"
                    + " cannot be read";
            case NOT_FOUND -> "There is nothing at this path";
            case METHOD_NOT_ALLOWED -> "This path does not take this method";
            case HTTP_VERSION_NOT_SUPPORTED -> "This service speaks HTTP/1.1 (and 1.0)";
            default -> status.is5xxServerError() ? "The service could not answer this request"
                    : status.getReasonPhrase();
        };
    }
}
