package org.minutebook.query.deadletters;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.minutebook.query.platform.NotFound;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The events the processors parked, across every read model: read, retried (a record's parked events from its
 * first, in order), discarded, counted, and cleared when a rebuild starts the read models anew.
 */
@Component
public class DeadLetters {

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Every parked event, record by record, each record's in order. */
    public List<ParkedEvent> all() {
        List<ParkedEvent> parked = new ArrayList<>();
        processors().forEach(processor -> queue(processor).deadLetters().forEach(sequence -> {
            List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
            sequence.forEach(letters::add);
            for (int position = 0; position < letters.size(); position++) {
                parked.add(ParkedEvent.of(processor, letters.get(position), position,
                        position == 0 ? letters.size() - 1 : 0));
            }
        }));
        return parked;
    }

    public ParkedEvent find(String id) {
        return all().stream().filter(parked -> parked.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("No dead letter " + id));
    }

    /**
     * Tries the parked events of the record the given one belongs to again, from its first, in order, stopping at
     * the first that still fails. Answers what of that record is still parked.
     */
    public List<ParkedEvent> retry(String id) {
        ParkedEvent parked = find(id);
        processing.sequencedDeadLetterProcessor(parked.processor()).orElseThrow()
                .process(letter -> Objects.equals(ParkedEvent.recordOf(letter), parked.recordId()));
        return all().stream().filter(still -> still.processor().equals(parked.processor())
                && Objects.equals(still.recordId(), parked.recordId())).toList();
    }

    /** Drops a parked event for good: the read model will never hold it (short of a rebuild). */
    public void discard(String id) {
        ParkedEvent parked = find(id);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(parked.processor());
        letterOf(queue, parked).ifPresent(queue::evict);
    }

    public long count(String processor) {
        return processing.deadLetterQueue(processor).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** The processors that park what they cannot project. */
    public List<String> processors() {
        return processing.eventProcessors().keySet().stream()
                .filter(processor -> processing.deadLetterQueue(processor).isPresent()).sorted().toList();
    }

    /** Forgets what the processor parked: its read model is about to be built again from the first event. */
    public void clear(String processor) {
        processing.deadLetterQueue(processor).ifPresent(SequencedDeadLetterQueue::clear);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        return processing.deadLetterQueue(processor).orElseThrow();
    }

    private static Optional<DeadLetter<? extends EventMessage<?>>> letterOf(
            SequencedDeadLetterQueue<EventMessage<?>> queue, ParkedEvent parked) {
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(parked.recordId())) {
            if (letter.message().getIdentifier().equals(parked.id())) {
                return Optional.of(letter);
            }
        }
        return Optional.empty();
    }
}
