package org.minutebook.command.meetings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.corrections.CorrectFact;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.platform.CommandFields;
import org.minutebook.command.platform.InvalidRequest;
import org.minutebook.command.platform.RecordDates;
import org.minutebook.events.EventTypes;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesSigned;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How a correction is decided. The corrected fact must read as an event of the original's type (a field it does
 * not have, or a value of the wrong type or outside the record's years, answers 400 naming it), and it is then
 * decided by the command that records such a fact ({@link HowCorrected}) — the same field rules, the same rules of
 * the record. Most facts are decided against the record without the original; the meeting's own moves and the
 * agenda's order where the original stood, each later move decided again after it. The corrected fact is what the
 * command records, and it must be what the correction asked for: a field the command would record otherwise (a
 * time zone other than the committee's) is refused, naming it. A fact that is not corrected here is refused.
 */
final class Corrections {

    /** Reads the event's fields into its command: fields only the event has (an item's position) are left out. */
    private static final ObjectMapper AS_COMMAND = CorrectedFacts.JSON.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new RecordDates());
    /** Reads a new correction strictly, in the record's years as a command's dates are. */
    private static final ObjectMapper AS_CORRECTED = CorrectedFacts.JSON.copy().registerModule(new RecordDates());

    private Corrections() {
    }

    static String typeName(Object event) {
        return EventTypes.nameOf(event.getClass()).orElse(event.getClass().getName());
    }

    /** Refuses a correction of a fact that is not corrected here (a correction, the page of an import…). */
    static void requireCorrectable(MeetingEvent original) {
        if (original.byPart(HowCorrected.EVERY_FACT) instanceof HowCorrected.Refused refused) {
            throw refused.why();
        }
    }

    /**
     * Refuses striking out a fact the record cannot do without: the meeting's schedule, or a move on its timeline
     * that a later one needs (an opening struck out would leave a close with nothing to close).
     */
    static void requireStrikable(String meetingId, EventLog log, long at, MeetingEvent original,
                                 CommitteeRoster committees) {
        HowCorrected.ByCommand how = (HowCorrected.ByCommand) original.byPart(HowCorrected.EVERY_FACT);
        if (how.place() == HowCorrected.Place.FIRST_OF_THE_RECORD) {
            throw CorrectionRules.SCHEDULE_NOT_STRUCK_OUT.broken("Meeting " + meetingId + " is its schedule: cancel"
                    + " the meeting, or correct its schedule, rather than strike it out").at("replacement");
        }
        if (how.inItsPlace()) {
            inItsPlace(meetingId, asDrafted(log.effective(-1)), at, null, committees);
        }
    }

    /** The corrected fact, decided as the original was; throws naming the field or the rule it breaks. */
    static MeetingEvent decide(String meetingId, EventLog log, CorrectFact correction, MeetingEvent original,
                               CommitteeRoster committees, Validator validator) {
        requireKnownFields(original, correction.replacement());
        MeetingEvent corrected = readAs(original, correction.replacement());
        HowCorrected.ByCommand how = (HowCorrected.ByCommand) original.byPart(HowCorrected.EVERY_FACT);
        Object command = command(meetingId, corrected, how);
        CommandFields.validate(validator, command, "replacement");
        long at = correction.correctsSequenceNumber();
        List<Object> recorded = how.inItsPlace()
                ? inItsPlace(meetingId, asDrafted(log.effective(-1)), at, command, committees)
                : asReplacement(() -> RecordRebuild.decide(meetingId, asDrafted(log.effective(at)), command,
                        committees));
        // every command that decides a kind of fact records a fact of that kind, or refuses
        MeetingEvent decided = recorded.stream().filter(original.getClass()::isInstance).map(MeetingEvent.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException(how.command().getSimpleName()
                        + " recorded no " + typeName(original)));
        requireAsAsked(corrected, decided, correction.replacement().keySet());
        return decided;
    }

    /**
     * Decided where the original stood: the facts before it, then the command (none when the fact is struck out),
     * then each later fact — a later move of the meeting decided again by its command, so the corrected timeline
     * must still hold (a close stays after the opening), any other fact as recorded.
     */
    private static List<Object> inItsPlace(String meetingId, List<EventLog.Sequenced> facts, long at, Object command,
                                           CommitteeRoster committees) {
        RecordRebuild.Replay replay = new RecordRebuild.Replay(meetingId, committees);
        List<Object> decided = List.of();
        for (EventLog.Sequenced fact : facts) {
            if (fact.sequenceNumber() == at) {
                decided = command == null ? List.of() : asReplacement(() -> replay.decide(command, at));
            } else if (fact.sequenceNumber() > at
                    && fact.event().byPart(HowCorrected.EVERY_FACT) instanceof HowCorrected.ByCommand how
                    && how.inItsPlace()) {
                decideAgain(replay, meetingId, fact, how);
            } else {
                replay.apply(fact);
            }
        }
        return decided;
    }

    /** The command's fields were sent as the replacement's, so a rule broken is named beside those. */
    private static List<Object> asReplacement(Supplier<List<Object>> decision) {
        try {
            return decision.get();
        } catch (RuleViolation broken) {
            throw broken.field().map(field -> broken.at("replacement." + field)).orElse(broken);
        }
    }

    private static void decideAgain(RecordRebuild.Replay replay, String meetingId, EventLog.Sequenced fact,
                                    HowCorrected.ByCommand how) {
        try {
            replay.decide(command(meetingId, fact.event(), how), fact.sequenceNumber());
        } catch (RuleViolation broken) {
            throw broken.withMessage(message(fact, broken)).at("replacement");
        }
    }

    private static String message(EventLog.Sequenced fact, RuleViolation broken) {
        return "Corrected so, the record would break a rule at its later fact " + fact.sequenceNumber() + " ("
                + typeName(fact.event()) + "): " + broken.getMessage();
    }

    /**
     * The record as its minutes stood before confirmation: a correction of confirmed minutes (noted at a later
     * meeting) is decided by the rules of the record, not refused because the minutes are now confirmed.
     */
    private static List<EventLog.Sequenced> asDrafted(List<EventLog.Sequenced> facts) {
        return facts.stream()
                .filter(fact -> !(fact.event() instanceof MinutesConfirmed) && !(fact.event() instanceof MinutesSigned))
                .toList();
    }

    private static void requireKnownFields(Object original, Map<String, Object> replacement) {
        Set<String> fields = Arrays.stream(original.getClass().getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        List<InvalidRequest.FieldError> unknown = replacement.keySet().stream()
                .filter(field -> !fields.contains(field))
                .map(field -> new InvalidRequest.FieldError("replacement." + field, "is not a field of "
                        + typeName(original) + " (its fields: " + String.join(", ", fields.stream().sorted()
                        .toList()) + ")"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequest(unknown);
        }
        Object meetingId = replacement.get("meetingId");
        if (replacement.containsKey("meetingId") && !CorrectedFacts.fieldsOf(original).get("meetingId")
                .equals(meetingId)) {
            throw new InvalidRequest(List.of(new InvalidRequest.FieldError("replacement.meetingId",
                    "a correction cannot move a fact to another meeting")));
        }
    }

    private static MeetingEvent readAs(MeetingEvent original, Map<String, Object> replacement) {
        try {
            return (MeetingEvent) AS_CORRECTED.convertValue(CorrectedFacts.merged(original, replacement),
                    original.getClass());
        } catch (IllegalArgumentException wrongShape) {
            throw wrongShape.getCause() instanceof JsonMappingException mapping
                    ? InvalidRequest.unreadable("replacement", mapping)
                    : InvalidRequest.wrongType("replacement", "is not a value this fact takes");
        }
    }

    private static Object command(String meetingId, MeetingEvent fact, HowCorrected.ByCommand how) {
        Map<String, Object> fields = CorrectedFacts.fieldsOf(fact);
        fields.put("meetingId", meetingId);
        return AS_COMMAND.convertValue(how.asCommand().apply(fields), how.command());
    }

    /**
     * The fact the command records is the record: a field the correction gave that it records otherwise (the
     * meeting's time zone is its committee's) would be changed without a word, so the correction is refused.
     */
    private static void requireAsAsked(MeetingEvent corrected, MeetingEvent decided, Set<String> asked) {
        for (RecordComponent field : corrected.getClass().getRecordComponents()) {
            Object wanted = value(field, corrected);
            Object recorded = value(field, decided);
            if (asked.contains(field.getName()) && !Objects.equals(wanted, recorded)) {
                throw CorrectionRules.CORRECTION_RECORDED_OTHERWISE.broken("A " + typeName(decided) + " records "
                        + field.getName() + " " + recorded + " here, not " + wanted + "; the rules of the record"
                        + " decide it").at("replacement." + field.getName());
            }
        }
    }

    private static Object value(RecordComponent field, Object event) {
        try {
            return field.getAccessor().invoke(event);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
