package org.minutebook.query.console;

import org.minutebook.access.Actor;
import org.minutebook.query.platform.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller signed in as, so the console can check a password before it keeps it, greet the clerk and offer
 * only what their roles allow. Only the signed in reach it ({@code Access}).
 */
@RestController
class SignedIn {

    @GetMapping("/api/me")
    Actor me() {
        return Actor.current().orElseThrow(() -> new NotFound("No one is signed in"));
    }
}
