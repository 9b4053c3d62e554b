package org.minutebook.command.committees;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.FixedValueParameterResolver;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.minutebook.command.platform.CouncilScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The committees as meetings need them, kept in memory and true to the event store, so that a meeting's command
 * never loads the committee aggregate inside its own unit of work (a second lock, a second connection, the
 * committee's history replayed: docs/performance.md). A committee is the {@link Committee} its events make, folded
 * by the aggregate's own event-sourcing handlers, outside Axon's repository.
 * <ul>
 *   <li>Its registration (council, time zone) never changes once recorded ({@code committee-already-registered}):
 *   once known it is answered from memory. A committee not yet registered is looked for again each time.</li>
 *   <li>Its memberships and quorum change: before answering who served or its quorum, the committee's last sequence number in the store is
 *   compared with the one folded (one indexed read, in the command's own transaction), and a committee changed
 *   since — by this instance or another — is folded again from its events.</li>
 * </ul>
 */
@Configuration
class CommitteeView implements CommitteeRoster {

    /** The committee's event-sourcing handlers; its command handlers and their collaborators are not used here. */
    private static final AggregateModel<Committee> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(
            Committee.class, MultiParameterResolverFactory.ordered(
                    ClasspathParameterResolverFactory.forClass(Committee.class),
                    (executable, parameters, index) -> parameters[index].getType() == CouncilScope.class
                            ? new FixedValueParameterResolver<>(CouncilScope.NOT_CHECKED) : null));
    private static final int KNOWN = 10_000;

    private final EventStore events;
    private final Cache<String, Folded> committees = Caffeine.newBuilder().maximumSize(KNOWN).build();

    CommitteeView(EventStore events) {
        this.events = events;
    }

    /** The council check (platform) reads councils here. */
    @Bean
    CouncilScope councilScope() {
        return CouncilScope.checking(this::councilOf, events);
    }

    @Override
    public ZoneId timeZoneOf(String committeeId) {
        return registered(committeeId).map(Committee::timeZone).orElse(null);
    }

    @Override
    public Optional<String> councilOf(String committeeId) {
        return registered(committeeId).map(committee -> committee.council() == null ? "" : committee.council());
    }

    @Override
    public boolean isMemberOn(String committeeId, String memberId, LocalDate date) {
        Committee committee = current(committeeId);
        return committee != null && committee.isMemberOn(memberId, date);
    }

    @Override
    public Optional<Quorum> quorumOn(String committeeId, LocalDate date) {
        Committee committee = current(committeeId);
        return committee == null ? Optional.empty() : committee.quorumOn(date);
    }

    /** The committee as its stored events make it now (memberships and quorums change); null when none is stored. */
    private Committee current(String committeeId) {
        long stored = events.lastSequenceNumberFor(committeeId).orElse(-1L);
        Folded known = committees.getIfPresent(committeeId);
        return (known != null && known.version() == stored ? known : fold(committeeId)).committee();
    }

    private Optional<Committee> registered(String committeeId) {
        Folded known = committees.getIfPresent(committeeId);
        return Optional.ofNullable((known != null && known.committee() != null ? known : fold(committeeId))
                .committee());
    }

    /** The committee as its stored events make it now; null when none is stored. */
    private Folded fold(String committeeId) {
        Committee committee = null;
        long version = -1;
        DomainEventStream stream = events.readEvents(committeeId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            committee = committee == null ? new Committee() : committee;
            MODEL.publish(event, committee);
            version = event.getSequenceNumber();
        }
        Folded folded = new Folded(version, committee);
        committees.put(committeeId, folded);
        return folded;
    }

    /** A committee folded up to a version; never changed once made, so any request thread may read it. */
    private record Folded(long version, Committee committee) {
    }
}
