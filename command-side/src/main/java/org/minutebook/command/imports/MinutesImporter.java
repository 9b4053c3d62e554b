package org.minutebook.command.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.command.corrections.CorrectFact;
import org.minutebook.command.platform.InvalidRequest;
import org.minutebook.reader.MeetingDetails;
import org.minutebook.reader.MinutesReader;
import org.minutebook.reader.PageFormat;
import org.minutebook.reader.layout.PageText;
import org.minutebook.reader.PublishedMinutes;
import org.minutebook.reader.ReadingWarning;
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
import org.minutebook.events.meetings.MeetingScheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
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
    private final ExistingRecords existing;

    MinutesImporter(CommandDispatch dispatch, EventStore eventStore, ObjectMapper json, Validator validator,
                    ExistingRecords existing) {
        this.existing = existing;
        this.dispatch = dispatch;
        this.eventStore = eventStore;
        this.json = json;
        this.validator = validator;
    }

    /** A command ready to send, and the fingerprint of what it records. */
    private record Ready(PlannedFact planned, Object command, String fingerprint) {
    }

    @Transactional
    public ImportReport importPage(ImportRequest request) {
        byte[] bytes = bytesOf(request);
        PageFormat format = request.format() != null ? request.format() : PageFormat.of(request.source(), bytes);
        String source = request.source();
        String text;
        try {
            text = PageText.of(bytes, format);
        } catch (PageText.UnreadablePage unreadable) {
            throw ImportRules.PAGE_UNREADABLE.broken(unreadable.getMessage()).at("content");
        }
        String sha256 = sha256(bytes);
        PublishedMinutes page = MinutesReader.read(text);
        if (nothingOfAMeeting(page)) {
            throw ImportRules.NO_MEETING_ON_PAGE.broken("Nothing of a meeting can be read on the page: no "
                    + "heading, no one attending, no item of business").at(request.text() != null ? "text" : "content");
        }
        checkGiven(page, request.given());
        ImportTarget target = ImportTarget.of(page.meeting(), request.given(), source, existing);
        PagePlan plan = MinutesToCommands.plan(page, target);
        List<ReadingWarning> warnings = new ArrayList<>(page.warnings());
        warnings.addAll(plan.warnings());
        List<Ready> ready = ready(plan.facts(), warnings);
        warnings.sort(Comparator.comparingInt(ReadingWarning::line));
        StoredImport stored = StoredImport.of(eventStore, plan.meetingId());
        if (stored.lastImport() != null && stored.lastImport().sha256().equals(sha256)) {
            long version = stored.types().keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
            return report(source, sha256, plan, page, warnings, ImportReport.Outcome.UNCHANGED, version,
                    new ImportReport.Changes(0, 0, 0), target.missing());
        }
        // a meeting the clerk has only scheduled (in the console, say) is filled in from its page: its scheduling
        // stands for the page's, and everything else the page says is added
        boolean onlyScheduled = stored.lastImport() == null && stored.types().size() == 1
                && stored.types().get(0L) == MeetingScheduled.class;
        if (stored.lastImport() == null && stored.recorded() && !onlyScheduled) {
            throw ImportRules.MEETING_RECORDED_OTHERWISE.broken("Meeting " + plan.meetingId()
                    + " is already recorded, and not from an imported page: correct it through the API instead");
        }
        if (!eventStore.readEvents(plan.committeeId()).hasNext()) {
            CommandFields.validate(validator, plan.committee().command(), "committee");
            send(Target.COMMITTEE, plan.committee(), plan.committee().command());
        }
        Map<String, ImportedFact> before = stored.factsByKey();
        if (onlyScheduled) {
            ready.stream().filter(fact -> fact.command() instanceof ScheduleMeeting).findFirst().ifPresent(scheduling ->
                    before.put(scheduling.planned().key(), new ImportedFact(scheduling.planned().key(), 0,
                            scheduling.fingerprint())));
        }
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
        RecordMinutesImport keep = new RecordMinutesImport(plan.meetingId(), source, sha256,
                format == PageFormat.PDF ? text : new String(bytes, StandardCharsets.UTF_8), recorded);
        long version = send(Target.MEETING, new PlannedFact("import", 1, keep), keep);
        return report(source, sha256, plan, page, warnings, stored.lastImport() == null
                        ? ImportReport.Outcome.RECORDED : ImportReport.Outcome.CORRECTED, version,
                new ImportReport.Changes(added, corrected, before.size()), target.missing());
    }

    /** The planned commands that pass their field rules; one that does not is left out, with a warning. */
    private List<Ready> ready(List<PlannedFact> planned, List<ReadingWarning> warnings) {
        List<Ready> ready = new ArrayList<>();
        for (PlannedFact fact : planned) {
            Object command = fact.command();
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
        CorrectFact correction = new CorrectFact(meetingId, sequenceNumber, replacement, reason, IMPORTING_CLERK,
                null, null);
        send(Target.MEETING, now != null ? now : new PlannedFact("struck-out/" + sequenceNumber, 1, correction),
                correction);
    }

    /**
     * The corrected fact's fields, as its event names them: every field the command and the event share, null
     * where the page no longer states it; a meeting's start is its day and time of day, a close its time of day.
     */
    private Map<String, Object> replacement(PlannedFact fact, Class<?> eventType) {
        Map<String, Object> fields = fieldsOf(fact);
        Set<String> commandFields = componentsOf(fact.command().getClass());
        Map<String, Object> replacement = new LinkedHashMap<>();
        for (String field : componentsOf(eventType)) {
            if (commandFields.contains(field) && !field.equals("meetingId")) {
                replacement.put(field, fields.get(field));
            }
        }
        if (fact.command() instanceof ScheduleMeeting) {
            String startsAt = (String) fields.get("startsAt");
            replacement.put("date", startsAt != null ? startsAt.substring(0, 10) : fields.get("date"));
            replacement.put("startTime", startsAt != null ? startsAt.substring(11) : null);
        }
        if (fact.command() instanceof CloseMeeting && fields.get("closedAt") instanceof String closedAt) {
            replacement.put("closedAt", closedAt.substring(closedAt.indexOf('T') + 1));
        }
        return replacement;
    }

    private static Set<String> componentsOf(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
    }

    /**
     * A command's body as the API reads it: its fields with a value, no version. (The same body the importer
     * fingerprinted before its commands were typed, so a page imported then is unchanged now.)
     */
    private Map<String, Object> fieldsOf(PlannedFact fact) {
        Map<String, Object> fields = new TreeMap<>(json.convertValue(fact.command(), FIELDS));
        fields.remove("expectedVersion");
        fields.values().removeIf(value -> value == null || value instanceof List<?> list && list.isEmpty());
        return fields;
    }

    private String fingerprint(PlannedFact fact) {
        try {
            return sha256((fact.command().getClass().getSimpleName() + json.writeValueAsString(fieldsOf(fact)))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytesOf(ImportRequest request) {
        if ((request.text() == null) == (request.content() == null)) {
            throw new InvalidRequest(List.of(new InvalidRequest.FieldError(request.text() == null ? "text" : "content",
                    "give the page as text (its text or HTML) or as content (its bytes in base64), one of them")));
        }
        if (request.text() != null) {
            return request.text().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getMimeDecoder().decode(request.content());
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidRequest(List.of(new InvalidRequest.FieldError("content", "is not base64")));
        }
    }

    private static boolean nothingOfAMeeting(PublishedMinutes page) {
        MeetingDetails meeting = page.meeting();
        return page.items().isEmpty() && page.attendance().isEmpty() && meeting.committee() == null
                && meeting.date() == null && meeting.council() == null;
    }

    /** What the clerk gives beside the page must agree with what the page says, where it says it. */
    private static void checkGiven(PublishedMinutes page, ImportRequest.Given given) {
        MeetingDetails meeting = page.meeting();
        if (given.date() != null && meeting.date() != null && !given.date().equals(meeting.date())) {
            throw ImportRules.GIVEN_DISAGREES_WITH_PAGE.broken("The page gives the meeting's date as "
                    + meeting.date() + ", not " + given.date()).at("date");
        }
        if (given.council() != null && meeting.council() != null
                && !given.council().equalsIgnoreCase(meeting.council())) {
            throw ImportRules.GIVEN_DISAGREES_WITH_PAGE.broken("The page names the council "
                    + meeting.council() + ", not " + given.council()).at("council");
        }
    }

    private static ImportReport report(String source, String sha256, PagePlan plan, PublishedMinutes page,
                                       List<ReadingWarning> warnings, ImportReport.Outcome outcome, long version,
                                       ImportReport.Changes changes, List<String> missing) {
        boolean recorded = outcome != ImportReport.Outcome.UNCHANGED;
        return new ImportReport(source, sha256, plan.committeeId(), plan.meetingId(), outcome, recorded, version,
                Recognised.byKind(page), Recognised.leftAsText(page), warnings, changes, missing);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
