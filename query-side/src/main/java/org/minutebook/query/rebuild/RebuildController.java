package org.minutebook.query.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Operators start a rebuild of every read model and follow its progress. */
@RestController
class RebuildController {

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/api/admin/rebuild")
    ResponseEntity<Rebuilds.Progress> start() {
        return ResponseEntity.accepted().location(URI.create("/api/admin/rebuild")).body(rebuilds.start());
    }

    @GetMapping("/api/admin/rebuild")
    ResponseEntity<Rebuilds.Progress> progress() {
        Rebuilds.Progress progress = rebuilds.progress();
        return progress == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(progress);
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
