package org.minutebook.access;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own error report, for what it refuses before any servlet runs — a request line it cannot parse, a
 * URL with an encoded slash or bad percent-encoding, a character not allowed in the request target — as
 * problem+json instead of its HTML page. (It writes only when nothing else wrote an answer, as Tomcat's does.)
 * <p>
 * A request line with no HTTP version ({@code GET /}) is HTTP/0.9 to Tomcat, which would answer it with a bare
 * body — no status line, no headers — and, worse, keep answering so on that connection's processor, the next
 * connections' requests it cannot parse included. Such a request is answered {@code 505} here, with a status line
 * ({@link Http09}), as Tomcat answers {@code HTTP/0.9} spelled out.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final AccessProblems problems;

    ProblemReportValve(AccessProblems problems) {
        this.problems = problems;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        // a line Tomcat could not read at all comes here with its error (400) already set: reported as such below
        if (Http09.isAsked(request) && response.getStatus() < HttpStatus.BAD_REQUEST.value()) {
            response.setStatus(HttpStatus.HTTP_VERSION_NOT_SUPPORTED.value());
            response.setError();
            report(request, response, null);
            return;
        }
        super.invoke(request, response);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        Http09.answerWithAStatusLine(response);
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code) != null ? HttpStatus.valueOf(code) : HttpStatus.BAD_REQUEST;
        try {
            byte[] body = problems.body(status, AccessProblems.ruleOf(status), ErrorPages.detail(status),
                    Map.of());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException unwritable) {
            // the connection is gone or its answer begun: nothing more can be said on it
            containerLog.debug("No problem report written", unwritable);
        }
    }
}
