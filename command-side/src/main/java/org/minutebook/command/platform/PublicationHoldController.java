package org.minutebook.command.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.minutebook.access.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** Operators hold publication onto Kafka for a bounded time, release it, or read whether it is held. */
@RestController
@RequestMapping("/api/admin/publication/hold")
class PublicationHoldController {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationHoldController.class);

    private final PublicationHold hold;

    PublicationHoldController(PublicationHold hold) {
        this.hold = hold;
    }

    @GetMapping
    PublicationHold.State state() {
        return hold.state();
    }

    /** Holds publication for the seconds asked (at most the bound); holding again while held changes nothing. */
    @PostMapping
    PublicationHold.State hold(@Valid @RequestBody Hold request) {
        PublicationHold.State held = hold.hold(Duration.ofSeconds(request.seconds()));
        LOG.info("Publication held until {} by {}", held.heldUntil().orElseThrow(), who());
        return held;
    }

    @DeleteMapping
    PublicationHold.State release() {
        PublicationHold.State released = hold.release();
        LOG.info("Publication released by {}", who());
        return released;
    }

    private static String who() {
        return Actor.current().map(Actor::id).orElse("an operator");
    }

    /** @param seconds how long to hold publication, from 1 to the bound */
    record Hold(@NotNull Long seconds) {
    }
}
