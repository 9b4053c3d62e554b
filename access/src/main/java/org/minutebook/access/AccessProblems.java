package org.minutebook.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * The answers to a caller who has not signed in (401, with the ways to sign in in {@code WWW-Authenticate}) or who
 * may not do what they asked (403): RFC 9457 problem+json, like every other error of the service.
 */
public final class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private static final String TYPES = "https://minutebook.org/problems/";

    private final ObjectMapper json;
    private final String challenge;

    AccessProblems(ObjectMapper json, boolean bearerTokens) {
        this.json = json;
        this.challenge = bearerTokens ? "Basic realm=\"minutebook\", Bearer" : "Basic realm=\"minutebook\"";
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        if (exception instanceof TokenClaims.Malformed malformed) {
            write(response, HttpStatus.UNAUTHORIZED, "token-claims-malformed", malformed.getMessage());
            return;
        }
        write(response, HttpStatus.UNAUTHORIZED, "not-signed-in",
                "Sign in to do this: HTTP Basic with a user's name and password, or a bearer token");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "not-allowed", "Your roles do not allow this");
    }

    /**
     * Spring Security's firewall refuses a request it deems unsafe (an unknown method, {@code ;} or {@code //} in
     * the path, a control character in a header): answered here rather than by an error page, which the firewall
     * would refuse again, leaving the answer empty.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       RequestRejectedException exception) throws IOException {
        write(response, HttpStatus.BAD_REQUEST, "request-rejected",
                "The request was refused as unsafe: its method, URL or headers are not of this service");
    }

    /** Writes a problem with its rule; for refusals decided outside Spring Security's filters too. */
    public void write(HttpServletResponse response, HttpStatus status, String rule, String detail)
            throws IOException {
        write(response, status, rule, detail, Map.of());
    }

    /** Writes a problem with its rule and what it names (a {@code parameter}, say). */
    public void write(HttpServletResponse response, HttpStatus status, String rule, String detail,
                      Map<String, Object> named) throws IOException {
        byte[] problem = body(status, rule, detail, named);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // its length said, a client need not wait for the connection to close to have the whole answer
        response.setContentLength(problem.length);
        response.getOutputStream().write(problem);
    }

    /** The problem as bytes, for answers written below the servlet API too (Tomcat's own refusals). */
    byte[] body(HttpStatus status, String rule, String detail, Map<String, Object> named) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + rule));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("rule", rule);
        named.forEach(problem::setProperty);
        return json.writeValueAsBytes(problem);
    }

    /** The rule of a refusal that only its status describes: {@code not-found}, {@code method-not-allowed}. */
    static String ruleOf(HttpStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
