package org.minutebook.query.matters;

import org.minutebook.query.platform.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;

/** Matters across meetings: all by title, and each with its path and what is due and overdue. */
@RestController
class MattersController {

    private static final ZoneId COUNCIL_DAYS = ZoneId.of("Europe/London");

    private final Matters matters;
    private final MatterPaths paths;

    MattersController(Matters matters, MatterPaths paths) {
        this.matters = matters;
        this.paths = paths;
    }

    @GetMapping("/api/matters")
    Paging.Page<Matters.Listed> matters(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int limit) {
        return matters.all(new Paging(page, limit));
    }

    @GetMapping("/api/matters/{matterId}")
    MatterPath matter(@PathVariable String matterId, @RequestParam(required = false) Long minVersion,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return paths.of(matterId, minVersion, on == null ? LocalDate.now(COUNCIL_DAYS) : on);
    }
}
