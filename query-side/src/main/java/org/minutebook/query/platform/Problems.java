package org.minutebook.query.platform;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** Queries answer RFC 9457 problem+json too, naming what was not found, what was malformed, or what is behind. */
@RestControllerAdvice
// before Spring Boot's own problem details, which would answer a mismatched parameter without naming it
@Order(Ordered.HIGHEST_PRECEDENCE)
class Problems {

    private final ReadModelsRebuilding rebuilding;

    Problems(ReadModelsRebuilding rebuilding) {
        this.rebuilding = rebuilding;
    }

    /**
     * Not found; but while the read models are being rebuilt (on any instance) what is not there may be recorded
     * and not replayed yet: then 503 {@code rebuild-under-way}, retry shortly, never a 404 that is not so.
     */
    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound missing) {
        if (rebuilding.underWay()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "rebuild-under-way", "Rebuild under way",
                            missing.getMessage() + "; the read models are being rebuilt, so it may be recorded and "
                                    + "not replayed yet"));
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", missing.getMessage()));
    }

    @ExceptionHandler(ReadModelBehind.class)
    ResponseEntity<ProblemDetail> behind(ReadModelBehind behind) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "read-model-behind", "Read model behind",
                behind.getMessage());
        problem.setProperty("projectedVersion", behind.projectedVersion());
        problem.setProperty("requestedVersion", behind.requestedVersion());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(QueryBusy.class)
    ResponseEntity<ProblemDetail> busy(QueryBusy busy) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, Admission.RULE, "Busy", busy.getMessage()));
    }

    @ExceptionHandler({BadQuery.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail badQuery(RuntimeException bad) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query", bad.getMessage());
        if (bad instanceof BadQuery query && query.parameter() != null) {
            problem.setProperty("parameter", query.parameter());
            problem.setProperty("allowed", query.allowed());
        }
        if (bad instanceof MethodArgumentTypeMismatchException mismatch) {
            problem.setDetail("Parameter '" + mismatch.getName() + "' has a value of the wrong type or format");
            problem.setProperty("parameter", mismatch.getName());
            Class<?> type = mismatch.getRequiredType();
            if (type != null && type.isEnum()) {
                // an unknown value names what is known, rather than answering an empty list
                List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
                problem.setDetail("Parameter '" + mismatch.getName() + "' must be one of " + String.join(", ", allowed));
                problem.setProperty("allowed", allowed);
            }
        }
        return problem;
    }

    @ExceptionHandler(UnreadableRecord.class)
    ProblemDetail unreadable(UnreadableRecord unreadable) {
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "record-unreadable", "Stored record unreadable",
                unreadable.getMessage() + ": an operator can rebuild the read models (docs/operations.md)");
    }

    /**
     * A parameter bound to a query's fields (an OParl list's filters) that names no field, such as
     * {@code created_since[$ne]}: the binder reads it as a path into the query and finds none.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    ProblemDetail unknownParameter(InvalidPropertyException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query",
                "Parameter '" + invalid.getPropertyName() + "' is not one this path takes");
        problem.setProperty("parameter", invalid.getPropertyName());
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException missing) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query",
                "Parameter '" + missing.getParameterName() + "' is required");
        problem.setProperty("parameter", missing.getParameterName());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://minutebook.org/problems/" + type));
        problem.setTitle(title);
        // named as every other problem names its rule (http-api.md), not only in the type's address
        problem.setProperty("rule", type);
        return problem;
    }
}
