package org.minutebook.query.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** Queries answer RFC 9457 problem+json too: an unknown id is a 404 that says what was looked for. */
@RestControllerAdvice
class Problems {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        problem.setType(URI.create("https://minutebook.org/problems/not-found"));
        problem.setTitle("Not found");
        return problem;
    }
}
