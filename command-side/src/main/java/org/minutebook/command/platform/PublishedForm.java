package org.minutebook.command.platform;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.util.Optional;

/**
 * What a topic publishes for a stored event, where that is not the event itself: the decisions topic publishes a
 * decision that describes itself. An operator's retry of a record parked for such a topic sends this form again, not
 * the bare event.
 */
public interface PublishedForm {

    /** The topic whose records this gives. */
    String topic();

    /** The record the topic published for the stored event; empty when it published none for it. */
    Optional<EventMessage<?>> of(DomainEventMessage<?> stored);
}
