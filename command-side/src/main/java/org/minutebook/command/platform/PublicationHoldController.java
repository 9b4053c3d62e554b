package org.minutebook.command.platform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.minutebook.access.Actor;
import org.minutebook.access.ApiContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
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
    @Operation(summary = "Hold publication onto Kafka for a bounded time",
            description = "The publishing processor takes no batch until the hold is released or lapses; the events "
                    + "recorded meanwhile are then published in order, none skipped. Holding again while held "
                    + "answers the hold in force (not lengthened). After a hold, publication runs as long as it "
                    + "lasted before another may begin.")
    @ApiResponse(responseCode = "200", description = "Held (or already held): until when")
    @ApiResponse(responseCode = "400", description = "seconds missing, under 1 or over the bound (atMostSeconds; "
            + "invalid-request, naming the field)", content = @Content(mediaType = ApiContract.PROBLEM_JSON,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Publication was held moments ago and must run as long again "
            + "first (publication-runs-between-holds)", content = @Content(mediaType = ApiContract.PROBLEM_JSON,
            schema = @Schema(implementation = ProblemDetail.class)), headers = @Header(name = "Retry-After",
            required = true, description = "Seconds until a hold may begin", schema = @Schema(type = "integer")))
    @PostMapping
    PublicationHold.State hold(@Valid @RequestBody Hold request) {
        PublicationHold.State held = hold.hold(Duration.ofSeconds(request.seconds()));
        LOG.info("Publication held until {} by {}", held.heldUntil(), who());
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
