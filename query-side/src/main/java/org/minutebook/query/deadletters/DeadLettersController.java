package org.minutebook.query.deadletters;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Operators read, retry and discard the events the processors parked. */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLettersController {

    private final DeadLetters deadLetters;

    DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<ParkedEvent> all() {
        return deadLetters.all();
    }

    @GetMapping("/{id}")
    ParkedEvent one(@PathVariable String id) {
        return deadLetters.find(id);
    }

    /** Retries the record's parked events from its first; answers what of that record is still parked. */
    @PostMapping("/{id}/retry")
    List<ParkedEvent> retry(@PathVariable String id) {
        return deadLetters.retry(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> discard(@PathVariable String id) {
        deadLetters.discard(id);
        return ResponseEntity.noContent().build();
    }
}
