package org.minutebook.command.platform;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.minutebook.command.kernel.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.net.URI;
import java.util.List;

/**
 * Every refusal is RFC 9457 problem+json that names what was wrong: the field of a malformed request (400), the
 * rule a command would break (409 or 422) with the field it is about when there is one, or the unknown record
 * (404). A refused command has stored nothing.
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

    private static final String TYPE_BASE = "https://minutebook.org/problems/";

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation violation) {
        HttpStatus status = violation.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = problem(status, violation.rule(), "A rule of the record was broken",
                violation.getMessage());
        problem.setProperty("rule", violation.rule());
        // named as the 400's errors name fields, so a form shows the rule beside the field it is about
        violation.field().ifPresent(field -> problem.setProperty("field", field));
        return problem;
    }

    @ExceptionHandler(CouncilScope.CouncilNotServed.class)
    ProblemDetail councilNotServed(CouncilScope.CouncilNotServed refusal) {
        return refusal(HttpStatus.FORBIDDEN, "council-not-served", "Not your council's record", refusal);
    }

    /**
     * Every kind of record (a meeting, a committee, a decision outside a meeting, a scrutiny report) is kept under
     * its id in one event store: a command to one kind under the id of another is refused as Axon finds the events
     * are not its kind's, before anything is written into the other record's history.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail idOfAnotherRecord(IncompatibleAggregateException refusal) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "id-of-another-record", "The id is another record's",
                "Another kind of record (a meeting, a committee, a decision, a report) is kept under this id: give"
                        + " the record an id of its own");
        problem.setProperty("rule", "id-of-another-record");
        return problem;
    }

    @ExceptionHandler(ParkedPublicationsController.StillRefused.class)
    ProblemDetail stillRefused(ParkedPublicationsController.StillRefused refusal) {
        return refusal(HttpStatus.CONFLICT, "still-refused", "The broker still refuses it", refusal);
    }

    @ExceptionHandler(PublicationHold.TooSoon.class)
    ResponseEntity<ProblemDetail> holdTooSoon(PublicationHold.TooSoon refusal) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()))
                .body(refusal(HttpStatus.CONFLICT, "publication-runs-between-holds", "Publication was held moments ago",
                        refusal));
    }

    /** A refusal that is no rule of the record but names itself as one does, so a client reads it the same way. */
    private static ProblemDetail refusal(HttpStatus status, String rule, String title, RuntimeException refusal) {
        ProblemDetail problem = problem(status, rule, title, refusal.getMessage());
        problem.setProperty("rule", rule);
        return problem;
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                invalid.getMessage());
        problem.setProperty("errors", invalid.errors());
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException missing) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such record",
                "Nothing is recorded under id " + missing.getAggregateIdentifier());
    }

    @ExceptionHandler(NotRecorded.class)
    ProblemDetail notRecorded(NotRecorded missing) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such record", missing.getMessage());
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class})
    ProblemDetail concurrentChange(RuntimeException conflict) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrent-change", "Changed by someone else",
                "The record was changed since the version you sent, or by another clerk at the same moment; "
                        + "read it again and retry.");
        problem.setProperty("rule", "concurrent-change");
        // the read models may not have caught up yet: the version to read at (minVersion) before retrying
        if (conflict instanceof ConflictingAggregateVersionException stale && stale.getActualVersion() >= 0) {
            problem.setProperty("currentVersion", stale.getActualVersion());
        }
        return problem;
    }

    /** Axon wraps checked and remote failures; answer for what is inside. */
    @ExceptionHandler(CommandExecutionException.class)
    Object wrapped(CommandExecutionException wrapped) throws Exception {
        Throwable cause = wrapped.getCause();
        if (cause instanceof RuleViolation violation) {
            return ruleViolated(violation);
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return notFound(missing);
        }
        if (cause instanceof IncompatibleAggregateException another) {
            return idOfAnotherRecord(another);
        }
        if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
            return concurrentChange((RuntimeException) cause);
        }
        throw wrapped;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<InvalidRequest.FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidRequest.FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(new InvalidRequest(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(invalid(InvalidRequest.unreadable(null, mapping)));
        }
        return ResponseEntity.badRequest().body(invalid(new InvalidRequest(
                "The request body is not valid JSON of the expected shape", List.of())));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
