package org.minutebook.query.rebuild;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** Operators start a rebuild of every read model and follow its progress. */
@RestController
class RebuildController {

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** {@code force=true} starts one even within the interval since the last (never while one is under way). */
    @PostMapping("/api/admin/rebuild")
    ResponseEntity<Rebuilds.Progress> start(@RequestParam(defaultValue = "false") boolean force) {
        return ResponseEntity.accepted().location(URI.create("/api/admin/rebuild")).body(rebuilds.start(force));
    }

    @GetMapping("/api/admin/rebuild")
    ResponseEntity<Rebuilds.Progress> progress() {
        Rebuilds.Progress progress = rebuilds.progress();
        return progress == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(progress);
    }

    @ExceptionHandler(RebuildTooSoon.class)
    ResponseEntity<ProblemDetail> tooSoon(RebuildTooSoon tooSoon) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, tooSoon.getMessage());
        problem.setType(URI.create("https://minutebook.org/problems/rebuild-too-soon"));
        problem.setTitle("Rebuilt a short while ago");
        problem.setProperty("rule", "rebuild-too-soon");
        problem.setProperty("lastStartedAt", tooSoon.lastStartedAt());
        problem.setProperty("allowedFrom", tooSoon.allowedFrom());
        long seconds = Math.max(1, Duration.between(Instant.now(), tooSoon.allowedFrom()).toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler(RebuildUnderWay.class)
    ProblemDetail underWay(RebuildUnderWay underWay) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, underWay.getMessage());
        problem.setType(URI.create("https://minutebook.org/problems/rebuild-under-way"));
        problem.setTitle("Rebuild under way");
        problem.setProperty("progress", underWay.progress());
        return problem;
    }
}
