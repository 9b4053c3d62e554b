package org.minutebook.command.platform;

import org.minutebook.access.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators publish the stored events onto Kafka again from a position ({@link Republication}). */
@RestController
class RepublicationController {

    private static final Logger LOG = LoggerFactory.getLogger(RepublicationController.class);

    private final Republication republication;

    RepublicationController(Republication republication) {
        this.republication = republication;
    }

    /** 202: publication has moved back and goes on from there in the background. */
    @PostMapping("/api/admin/publication/republish")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Republish republish(@RequestBody(required = false) Republish request) {
        Republish republish = request == null ? new Republish(null) : request;
        long from = republish.fromPosition() == null ? 1 : republish.fromPosition();
        if (from < 1) {
            throw InvalidRequest.wrongType("fromPosition", "must be 1 (the first stored event) or more");
        }
        republication.from(from);
        LOG.warn("Publication moved back to the event store's position {} by {}: the events from there are"
                + " published again", from, Actor.current().map(Actor::id).orElse("an operator"));
        return new Republish(from);
    }

    /** The event store's global position publication starts again from; 1, the first event, when not given. */
    record Republish(Long fromPosition) {
    }
}
