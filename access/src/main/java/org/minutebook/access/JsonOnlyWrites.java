package org.minutebook.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Writes accept only JSON ({@code application/json} or {@code application/*+json}), even with an empty body: a web
 * page of another site can make a clerk's browser send a "simple" cross-site request (a form's
 * {@code text/plain}, {@code multipart/form-data}, {@code application/x-www-form-urlencoded}) without asking
 * first, but not one with a JSON content type. So no other site can write the record through a signed-in clerk.
 */
final class JsonOnlyWrites extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AccessProblems problems;

    JsonOnlyWrites(AccessProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (WRITES.contains(request.getMethod()) && !isJson(request.getContentType())) {
            response.setHeader("Accept-Post", MediaType.APPLICATION_JSON_VALUE);
            problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "json-only",
                    "A write must be sent as application/json, not " + (request.getContentType() == null
                            ? "without a Content-Type" : request.getContentType()));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
