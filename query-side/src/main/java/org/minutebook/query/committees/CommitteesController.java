package org.minutebook.query.committees;

import org.minutebook.query.platform.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Committees, their names over time and their members. */
@RestController
class CommitteesController {

    private final Committees committees;

    CommitteesController(Committees committees) {
        this.committees = committees;
    }

    @GetMapping("/api/committees")
    Paging.Page<Committee> committees(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int limit) {
        return committees.all(new Paging(page, limit));
    }

    @GetMapping("/api/committees/{committeeId}")
    Committee committee(@PathVariable String committeeId) {
        return committees.one(committeeId);
    }
}
