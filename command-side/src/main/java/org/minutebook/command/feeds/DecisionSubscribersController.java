package org.minutebook.command.feeds;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minutebook.command.platform.NotRecorded;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * Operators register the governance systems that receive decisions by webhook, see how their deliveries stand, and
 * remove them. The secret a subscriber checks signatures with is given once, in the answer to its registration.
 */
@RestController
@RequestMapping("/api/admin/decision-subscribers")
class DecisionSubscribersController {

    private final DecisionSubscribers subscribers;

    DecisionSubscribersController(DecisionSubscribers subscribers) {
        this.subscribers = subscribers;
    }

    /**
     * A subscriber to register.
     *
     * @param url        where decisions are POSTed, http or https
     * @param council    only this council's decisions, or null for every council's
     * @param fromTheStart every decision ever published, rather than those published from now on
     */
    record Registration(@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+",
            message = "must be an http or https URL") String url,
                        @Size(max = 300) String council,
                        boolean fromTheStart) {
    }

    /**
     * A registered subscriber.
     *
     * @param id                its id
     * @param url               where decisions are POSTed
     * @param council           the council whose decisions it receives, or null for all
     * @param secret            the signing secret (only in the answer to the registration)
     * @param registeredAt      when it was registered
     * @param deliveredPosition the feed position up to which it has received every decision
     * @param attempts          failed attempts at the next decision
     * @param nextAttemptAt     when the next decision is tried
     * @param lastError         why the last attempt failed, or null
     */
    record Registered(String id, String url, String council, String secret, Instant registeredAt,
                      long deliveredPosition, int attempts, Instant nextAttemptAt, String lastError) {

        static Registered of(DecisionSubscribers.Subscriber subscriber, boolean withSecret) {
            return new Registered(subscriber.id(), subscriber.url(), subscriber.council(),
                    withSecret ? subscriber.secret() : null, subscriber.registeredAt(), subscriber.deliveredPosition(),
                    subscriber.attempts(), subscriber.nextAttemptAt(), subscriber.lastError());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Registered register(@Valid @RequestBody Registration registration) {
        return Registered.of(subscribers.register(registration.url(), registration.council() == null
                || registration.council().isBlank() ? null : registration.council(), registration.fromTheStart()),
                true);
    }

    @GetMapping
    List<Registered> all() {
        return subscribers.all().stream().map(subscriber -> Registered.of(subscriber, false)).toList();
    }

    @GetMapping("/{id}")
    Registered one(@PathVariable String id) {
        return subscribers.find(id).map(subscriber -> Registered.of(subscriber, false))
                .orElseThrow(() -> new NotRecorded("No decision subscriber " + id + " is registered"));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String id) {
        if (!subscribers.remove(id)) {
            throw new NotRecorded("No decision subscriber " + id + " is registered");
        }
    }
}
