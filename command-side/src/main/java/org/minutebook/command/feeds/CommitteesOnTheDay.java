package org.minutebook.command.feeds;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.committees.CommitteeRenamed;
import org.minutebook.events.published.Committee;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A committee as a published decision names it: its council, and the name it met under on the meeting's day (a
 * committee renamed later keeps, in its decisions, the name it had then). Read from the committee's events in the
 * event store, as they stand: no committee is loaded or locked. What a committee's events say of its names is kept
 * with the sequence number read up to, and each decision reads only the events stored since (usually none): read
 * whole for each decision, a committee's growing history (its members, its quorum) was read and deserialized again
 * for every decision of every meeting (docs/performance.md). Stored events never change, so what is kept is never
 * stale, whichever instance recorded what follows.
 */
@Component
class CommitteesOnTheDay {

    private static final int COMMITTEES_KEPT = 2_000;

    private final EventStore events;
    private final Cache<String, Names> kept = Caffeine.newBuilder().maximumSize(COMMITTEES_KEPT)
            .expireAfterAccess(Duration.ofMinutes(30)).build();

    CommitteesOnTheDay(EventStore events) {
        this.events = events;
    }

    /** The committee on the day (its latest name when the day is not stated); name and council null if unknown. */
    Committee of(String committeeId, LocalDate day) {
        if (committeeId == null) {
            return new Committee(null, null, null);
        }
        Names names = kept.asMap().compute(committeeId, (id, known) -> readOn(id, known == null ? Names.NONE : known));
        return names.on(committeeId, day);
    }

    private Names readOn(String committeeId, Names known) {
        Names names = known;
        for (DomainEventMessage<?> event : events.readEvents(committeeId, known.next()).asStream().toList()) {
            names = names.after(event);
        }
        return names;
    }

    /** A name from a day on (null: from the committee's registration). */
    private record Naming(String name, LocalDate from) {
    }

    /** What the committee's events up to {@code next} say of its names and council. */
    private record Names(String council, List<Naming> namings, long next) {

        static final Names NONE = new Names(null, List.of(), 0);

        // committee events have no visitor: only these two say what a decision names
        Names after(DomainEventMessage<?> event) {
            long following = event.getSequenceNumber() + 1;
            if (event.getPayload() instanceof CommitteeRegistered registered) {
                return new Names(registered.council(), with(new Naming(registered.name(), null)), following);
            }
            if (event.getPayload() instanceof CommitteeRenamed renamed) {
                return new Names(council, with(new Naming(renamed.name(), renamed.effectiveFrom())), following);
            }
            return new Names(council, namings, following);
        }

        private List<Naming> with(Naming naming) {
            List<Naming> more = new ArrayList<>(namings);
            more.add(naming);
            return List.copyOf(more);
        }

        /**
         * The name on the day: the registration's, unless renamed from a day on or before it (the renaming of the
         * latest such day; of two from the same day, the later recorded).
         */
        Committee on(String committeeId, LocalDate day) {
            String name = null;
            LocalDate renamedFrom = null;
            for (Naming naming : namings) {
                if (naming.from() == null) {
                    name = naming.name();
                } else if ((day == null || !naming.from().isAfter(day))
                        && (renamedFrom == null || !naming.from().isBefore(renamedFrom))) {
                    name = naming.name();
                    renamedFrom = naming.from();
                }
            }
            return new Committee(committeeId, name, council);
        }
    }
}
