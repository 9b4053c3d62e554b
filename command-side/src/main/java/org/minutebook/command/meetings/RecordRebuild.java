package org.minutebook.command.meetings;

import jakarta.validation.Validator;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregate;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.FixedValueParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.minutes.MinutesRegister;
import org.minutebook.command.platform.CouncilScope;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A meeting's record rebuilt from its facts as they stand, through the aggregate's own event-sourcing handlers: so
 * that after a correction every rule reads the corrected record, and so that a correction can be decided by the
 * very command handler, with the very rules, that decided the fact it corrects.
 */
final class RecordRebuild {

    /** The meeting's model for replaying facts only: its command handlers' collaborators are never called. */
    private static final AggregateModel<Meeting> SOURCING = model(null);
    /** The model a correction is decided with, one a roster: inspecting the aggregate is not redone each time. */
    private static final Map<CommitteeRoster, AggregateModel<Meeting>> DECIDING = new ConcurrentHashMap<>();

    private RecordRebuild() {
    }

    /** A new meeting holding exactly the given facts, in order. */
    static Meeting of(String meetingId, List<EventLog.Sequenced> facts) {
        Replay replay = new Replay(meetingId, null);
        facts.forEach(replay::apply);
        return replay.meeting;
    }

    /**
     * The events the command would record on a meeting holding exactly the given facts: the command's rules apply
     * as they would to the real record (a broken rule throws). Nothing is stored and no other meeting is told:
     * the command sees a committee roster that only reads, and a minutes register that records nothing.
     */
    static List<Object> decide(String meetingId, List<EventLog.Sequenced> facts, Object command,
                               CommitteeRoster committees) {
        Replay replay = new Replay(meetingId, committees);
        facts.forEach(replay::apply);
        return replay.decide(command, facts.isEmpty() ? 0 : facts.get(facts.size() - 1).sequenceNumber() + 1);
    }

    /**
     * A meeting rebuilt fact by fact, in order: a fact as recorded, or a command decided at its place in the
     * stream, whose events then stand there. So a correction can be decided where the corrected fact stood, and
     * the facts after it decided again on the corrected record.
     */
    static final class Replay {

        private final String meetingId;
        private final CommitteeRoster committees;
        private final Meeting meeting = new Meeting();

        Replay(String meetingId, CommitteeRoster committees) {
            this.meetingId = meetingId;
            this.committees = committees;
        }

        void apply(EventLog.Sequenced fact) {
            SOURCING.publish(message(meetingId, fact), meeting);
        }

        /** The events the command records at this sequence number; its rules apply (a broken rule throws). */
        List<Object> decide(Object command, long sequenceNumber) {
            Scratch scratch = new Scratch(meeting, DECIDING.computeIfAbsent(committees, RecordRebuild::model),
                    sequenceNumber - 1);
            try {
                scratch.handle(GenericCommandMessage.asCommandMessage(command));
            } catch (RuntimeException broken) {
                throw broken;
            } catch (Exception unexpected) {
                throw new IllegalStateException(unexpected);
            }
            return scratch.applied;
        }
    }

    private static EventMessage<?> message(String meetingId, EventLog.Sequenced fact) {
        return new GenericDomainEventMessage<>("Meeting", meetingId, fact.sequenceNumber(), fact.event());
    }

    /**
     * The meeting's model, its command handlers' collaborators resolved here: the given roster, which only reads,
     * and a minutes register that tells no other meeting. Spring resolves them for the real aggregate; a scratch
     * record must not reach into the application.
     */
    private static AggregateModel<Meeting> model(CommitteeRoster committees) {
        ParameterResolverFactory collaborators = new ParameterResolverFactory() {
            @Override
            public ParameterResolver<?> createInstance(Executable executable, Parameter[] parameters, int index) {
                Class<?> type = parameters[index].getType();
                if (type == CommitteeRoster.class) {
                    return new FixedValueParameterResolver<>(committees);
                }
                if (type == MinutesRegister.class) {
                    return new FixedValueParameterResolver<MinutesRegister>(confirmation -> {
                    });
                }
                if (type == CouncilScope.class) {
                    // the correction itself was checked against the writer's councils, replacement and all
                    return new FixedValueParameterResolver<>(CouncilScope.NOT_CHECKED);
                }
                if (type == Validator.class) {
                    // only a correction's own handler validates, and a correction is never decided on a scratch
                    return new FixedValueParameterResolver<Validator>(null);
                }
                return null;
            }
        };
        return AnnotatedAggregateMetaModelFactory.inspectAggregate(Meeting.class, MultiParameterResolverFactory
                .ordered(ClasspathParameterResolverFactory.forClass(Meeting.class), collaborators));
    }

    /** An aggregate whose applied events are kept here rather than published. */
    private static final class Scratch extends AnnotatedAggregate<Meeting> {

        private final List<Object> applied = new ArrayList<>();

        Scratch(Meeting root, AggregateModel<Meeting> model, long lastSequenceNumber) {
            super(root, model, null);
            initSequence(lastSequenceNumber);
        }

        @Override
        protected void publishOnEventBus(EventMessage<?> message) {
            applied.add(message.getPayload());
        }
    }
}
