package org.minutebook.command.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.command.corrections.CorrectFact;
import org.minutebook.command.imports.reading.MinutesReader;
import org.minutebook.command.imports.reading.PublishedMinutes;
import org.minutebook.command.imports.reading.ReadingWarning;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.CloseMeeting;
import org.minutebook.command.meetings.RecordMinutesImport;
import org.minutebook.command.meetings.ScheduleMeeting;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.CommandFields;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
import org.minutebook.events.Person;
import org.minutebook.events.imports.ImportedFact;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Imports a published minutes page: reads it, plans the commands that record it, and sends them one by one
 * through the same dispatch as every HTTP command — so the same rules apply, and each event is recorded by whoever
 * sent the import. All of it in one transaction: a rule broken by any fact refuses the whole page, and nothing is
 * stored. The page itself is kept with the meeting ({@link RecordMinutesImport}); importing it again records
 * nothing, and importing a changed page records only what changed, as corrections.
 */
@Component
public class MinutesImporter {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    private static final Person IMPORTING_CLERK = new Person(null, null, "the clerk importing the published page");

    private final CommandDispatch dispatch;
    private final EventStore eventStore;
    private final ObjectMapper json;
    private final Validator validator;

    MinutesImporter(CommandDispatch dispatch, EventStore eventStore, ObjectMapper json, Validator validator) {
        this.dispatch = dispatch;
        this.eventStore = eventStore;
        this.json = json;
        this.validator = validator;
    }

    /** A command ready to send, and the fingerprint of what it records. */
    private record Ready(PlannedFact planned, Object command, String fingerprint) {
    }

    @Transactional
    public ImportReport importPage(String source, String text) {
        String sha256 = sha256(text);
        PublishedMinutes page = MinutesReader.read(text);
        PagePlan plan = MinutesToCommands.plan(page, source);
        List<ReadingWarning> warnings = new ArrayList<>(page.warnings());
        warnings.addAll(plan.warnings());
        List<Ready> ready = ready(plan.facts(), warnings);
        warnings.sort(Comparator.comparingInt(ReadingWarning::line));
        StoredImport stored = StoredImport.of(eventStore, plan.meetingId());
        if (stored.lastImport() != null && stored.lastImport().sha256().equals(sha256)) {
            long version = stored.types().keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
            return report(source, sha256, plan, page, warnings, ImportReport.Outcome.UNCHANGED, version,
                    new ImportReport.Changes(0, 0, 0));
        }
        if (stored.lastImport() == null && stored.recorded()) {
            throw ImportRules.MEETING_RECORDED_OTHERWISE.broken("Meeting " + plan.meetingId()
                    + " is already recorded, and not from an imported page: correct it through the API instead");
        }
        if (!eventStore.readEvents(plan.committeeId()).hasNext()) {
            Object register = convert(plan.committee());
            CommandFields.validate(validator, register, "committee");
            send(Target.COMMITTEE, plan.committee(), register);
        }
        Map<String, ImportedFact> before = stored.factsByKey();
        List<ImportedFact> recorded = new ArrayList<>();
        int added = 0;
        int corrected = 0;
        for (Ready fact : ready) {
            ImportedFact earlier = before.remove(fact.planned().key());
            if (earlier == null) {
                recorded.add(new ImportedFact(fact.planned().key(), send(Target.MEETING, fact.planned(),
                        fact.command()),
                        fact.fingerprint()));
                added++;
            } else if (earlier.fingerprint().equals(fact.fingerprint())) {
                recorded.add(earlier);
            } else {
                correct(plan.meetingId(), earlier.sequenceNumber(), fact.planned(),
                        replacement(fact.planned(), stored.types().get(earlier.sequenceNumber())), source);
                recorded.add(new ImportedFact(earlier.key(), earlier.sequenceNumber(), fact.fingerprint()));
                corrected++;
            }
        }
        for (ImportedFact gone : before.values()) {
            correct(plan.meetingId(), gone.sequenceNumber(), null, null, source);
        }
        long version = send(Target.MEETING, new PlannedFact("import", 1,
                RecordMinutesImport.class, Map.of()), new RecordMinutesImport(plan.meetingId(), source, sha256, text,
                recorded));
        return report(source, sha256, plan, page, warnings, stored.lastImport() == null
                        ? ImportReport.Outcome.RECORDED : ImportReport.Outcome.CORRECTED, version,
                new ImportReport.Changes(added, corrected, before.size()));
    }

    /** The planned commands that pass their field rules; one that does not is left out, with a warning. */
    private List<Ready> ready(List<PlannedFact> planned, List<ReadingWarning> warnings) {
        List<Ready> ready = new ArrayList<>();
        for (PlannedFact fact : planned) {
            Object command = convert(fact);
            Set<ConstraintViolation<Object>> violations = validator.validate(command);
            if (violations.isEmpty()) {
                ready.add(new Ready(fact, command, fingerprint(fact)));
            } else {
                warnings.add(new ReadingWarning(fact.line(), "Not recorded (" + fact.key() + "): " + violations
                        .stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                        .collect(Collectors.joining("; "))));
            }
        }
        return ready;
    }

    private enum Target { COMMITTEE, MEETING }

    /** Sends one command as the HTTP API would; answers the record's version after it. */
    private long send(Target target, PlannedFact fact, Object command) {
        try {
            Recorded answer = target == Target.COMMITTEE
                    ? dispatch.committeeFact(Sent.of(command))
                    : dispatch.meetingFact(Sent.of(command));
            return answer.version();
        } catch (RuleViolation violation) {
            throw onLine(fact, violation);
        } catch (CommandExecutionException wrapped) {
            if (wrapped.getCause() instanceof RuleViolation violation) {
                throw onLine(fact, violation);
            }
            throw wrapped;
        }
    }

    /** The rule broken, said of the fact of the page that broke it, and of the field of its command when named. */
    private static RuleViolation onLine(PlannedFact fact, RuleViolation violation) {
        String message = "Line " + fact.line() + " of the page (" + fact.key() + "): " + violation.getMessage();
        return violation.withMessage(message);
    }

    /** Corrects the fact at {@code sequenceNumber} to read as the page now does; strikes it out when it is gone. */
    private void correct(String meetingId, long sequenceNumber, PlannedFact now, Map<String, Object> replacement,
                         String source) {
        String reason = now == null ? "No longer on the published page " + source
                : "The published page " + source + " now reads differently";
        PlannedFact fact = now != null ? now : new PlannedFact("struck-out/" + sequenceNumber, 1, CorrectFact.class,
                Map.of("meetingId", meetingId));
        send(Target.MEETING, fact, new CorrectFact(meetingId, sequenceNumber, replacement, reason,
                IMPORTING_CLERK, null, null));
    }

    /**
     * The corrected fact's fields, as its event names them: every field the command and the event share, null
     * where the page no longer states it; a meeting's start is its day and time of day, a close its time of day.
     */
    private Map<String, Object> replacement(PlannedFact fact, Class<?> eventType) {
        Map<String, Object> fields = json.convertValue(fact.fields(), FIELDS);
        Set<String> commandFields = componentsOf(fact.command());
        Map<String, Object> replacement = new LinkedHashMap<>();
        for (String field : componentsOf(eventType)) {
            if (commandFields.contains(field) && !field.equals("meetingId")) {
                replacement.put(field, fields.get(field));
            }
        }
        if (fact.command() == ScheduleMeeting.class) {
            String startsAt = (String) fields.get("startsAt");
            replacement.put("date", startsAt != null ? startsAt.substring(0, 10) : fields.get("date"));
            replacement.put("startTime", startsAt != null ? startsAt.substring(11) : null);
        }
        if (fact.command() == CloseMeeting.class && fields.get("closedAt") instanceof String closedAt) {
            replacement.put("closedAt", closedAt.substring(closedAt.indexOf('T') + 1));
        }
        return replacement;
    }

    private static Set<String> componentsOf(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
    }

    private Object convert(PlannedFact fact) {
        return json.convertValue(fact.fields(), fact.command());
    }

    private String fingerprint(PlannedFact fact) {
        try {
            return sha256(fact.command().getSimpleName() + json.writeValueAsString(
                    new TreeMap<>(json.convertValue(fact.fields(), FIELDS))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportReport report(String source, String sha256, PagePlan plan, PublishedMinutes page,
                                       List<ReadingWarning> warnings, ImportReport.Outcome outcome, long version,
                                       ImportReport.Changes changes) {
        boolean recorded = outcome != ImportReport.Outcome.UNCHANGED;
        return new ImportReport(source, sha256, plan.committeeId(), plan.meetingId(), outcome, recorded, version,
                Recognised.byKind(page), Recognised.leftAsText(page), warnings, changes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
