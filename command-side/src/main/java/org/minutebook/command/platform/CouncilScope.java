package org.minutebook.command.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.access.Actor;
import org.minutebook.events.meetings.MeetingScheduled;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A clerk writes only the records of the councils they serve. A record's council is its committee's, named when
 * the committee was registered; it never changes, not even through a correction of a meeting's committee (rule
 * {@code committee-of-another-council}). The check is made from the record as loaded for the command: each
 * aggregate asks it before any of its command handlers runs ({@code @CommandHandlerInterceptor}), so a command
 * another command sends on (the confirmation a later meeting records on an earlier one) is checked too.
 * <p>
 * A command that names another meeting — any field named {@code …MeetingId} other than its own {@code meetingId}
 * ({@code confirmedMeetingId}, {@code correctedMeetingId}, {@code atMeetingId}, {@code notedAtMeetingId}), in the
 * command or in a correction's replacement — is held to that meeting's council as well. A meeting not recorded
 * here is no council's.
 */
public interface CouncilScope {

    /** Checks nothing: for a record rebuilt to decide a correction, never written. */
    CouncilScope NOT_CHECKED = new CouncilScope() {
        @Override
        public void requireServed(String committeeId, Object command) {
        }

        @Override
        public void requireServedCouncil(String council) {
        }
    };

    /** A meeting's command: the writer serves its committee's council, and that of every other meeting it names. */
    void requireServed(String committeeId, Object command);

    /** A committee's command: the writer serves the council (null: the registration names none). */
    void requireServedCouncil(String council);

    /**
     * The check against the signed-in actor's councils.
     *
     * @param councilOf the council of a committee: empty for no such committee, {@code ""} for none named
     * @param events    where the committee of another meeting is read (its first event)
     */
    static CouncilScope checking(Function<String, Optional<String>> councilOf, EventStore events) {
        return new Checking(councilOf, events);
    }

    /** Answered 403: the record is of a council the clerk does not serve. */
    final class CouncilNotServed extends RuntimeException {

        CouncilNotServed(String council) {
            super(council.isEmpty() ? "This record names no council; only a clerk of every council may write it"
                    : "You do not serve " + council + ", whose record this is");
        }
    }

    /** The check itself. */
    final class Checking implements CouncilScope {

        private static final String NOT_STATED = "";
        private static final int REMEMBERED = 10_000;
        private static final ClassValue<List<RecordComponent>> NAMED_MEETINGS = new ClassValue<>() {
            @Override
            protected List<RecordComponent> computeValue(Class<?> command) {
                RecordComponent[] components = command.getRecordComponents();
                return components == null ? List.of() : Arrays.stream(components)
                        .filter(component -> namesAnotherMeeting(component.getName())
                                && component.getType() == String.class
                                || Map.class.isAssignableFrom(component.getType()))
                        .toList();
            }
        };

        private final Function<String, Optional<String>> councilOf;
        private final EventStore events;
        /** Meetings' councils: fixed once the meeting is scheduled, so what was read once stays true. */
        private final Cache<String, String> meetingCouncils = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

        private Checking(Function<String, Optional<String>> councilOf, EventStore events) {
            this.councilOf = councilOf;
            this.events = events;
        }

        @Override
        public void requireServed(String committeeId, Object command) {
            Optional<Actor> actor = writer();
            if (actor.isEmpty()) {
                return;
            }
            if (committeeId != null) {
                councilOf.apply(committeeId).ifPresent(council -> require(actor.get(), council));
            }
            for (String meetingId : otherMeetingsNamedBy(command)) {
                councilOfMeeting(meetingId).ifPresent(council -> require(actor.get(), council));
            }
        }

        @Override
        public void requireServedCouncil(String council) {
            writer().ifPresent(actor -> require(actor, council == null ? NOT_STATED : council));
        }

        /** Who writes, when they serve some councils only (a clerk of every council is not checked). */
        private static Optional<Actor> writer() {
            return Actor.current().filter(actor -> !actor.councils().isEmpty());
        }

        /**
         * A record whose council is not stated (a committee imported from a page that does not name it) is no
         * council's in particular: a clerk who serves only some councils may not write it.
         */
        private static void require(Actor actor, String council) {
            if (council.isEmpty() || !actor.serves(council)) {
                throw new CouncilNotServed(council);
            }
        }

        private Optional<String> councilOfMeeting(String meetingId) {
            String known = meetingCouncils.getIfPresent(meetingId);
            if (known != null) {
                return Optional.of(known);
            }
            DomainEventStream stream = events.readEvents(meetingId, 0);
            Optional<String> council = stream.hasNext() && stream.next().getPayload() instanceof MeetingScheduled scheduled
                    ? councilOf.apply(scheduled.committeeId()) : Optional.empty();
            council.ifPresent(name -> meetingCouncils.put(meetingId, name));
            return council;
        }

        /** The other meetings the command names: its {@code …MeetingId} fields, and a replacement's. */
        static List<String> otherMeetingsNamedBy(Object command) {
            List<String> named = new ArrayList<>();
            for (RecordComponent component : NAMED_MEETINGS.get(command.getClass())) {
                Object value = read(component, command);
                if (value instanceof String meetingId) {
                    named.add(meetingId);
                } else if (value instanceof Map<?, ?> fields) {
                    fields.forEach((name, fieldValue) -> {
                        if (name instanceof String field && namesAnotherMeeting(field)
                                && fieldValue instanceof String meetingId) {
                            named.add(meetingId);
                        }
                    });
                }
            }
            return named;
        }

        private static boolean namesAnotherMeeting(String field) {
            return field.endsWith("MeetingId");
        }

        private static Object read(RecordComponent component, Object command) {
            try {
                return component.getAccessor().invoke(command);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
