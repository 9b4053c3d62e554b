package org.minutebook.events.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.events.EventTypes;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.meetings.MeetingScheduled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The JSON Schemas committed in docs/schemas are the documented contract: this fails when an event record and its
 * committed schema disagree, or when an event type or a released version has no schema.
 * <p>
 * To rewrite the schemas of the current versions from the records (older versions' files are never touched):
 * {@code ./mvnw -q -pl shared-events test -Dtest=EventSchemasTest -Dminutebook.schemas.write=true}
 */
class EventSchemasTest {

    static final String WRITE_PROPERTY = "minutebook.schemas.write";
    static final String REGENERATE = "Regenerate the schemas of the current versions with\n"
            + "    ./mvnw -q -pl shared-events test -Dtest=EventSchemasTest -D" + WRITE_PROPERTY + "=true\n"
            + "and review the diff of docs/schemas: a changed shape of a released event needs a new @EventVersion and an"
            + " upcaster (docs/events.md, \"Schema versions\").";
    private static final Pattern FILE = Pattern.compile("(.+)\\.v(\\d+)\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path schemas;
    private static EventSchemas generator;
    private static List<Class<?>> events;
    /** The events and the records published to subscribers that are not events ({@code PublishedDecision}). */
    private static List<Class<?>> published;

    @BeforeAll
    static void locate() {
        Path module = Path.of(System.getProperty("basedir", "."));
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            sources = EventSchemas.findUp(module, "shared-events/src/main/java").orElseThrow();
        }
        schemas = EventSchemas.findUp(module, "docs").orElseThrow().resolve("schemas");
        generator = new EventSchemas(sources);
        events = EventSchemas.eventClasses();
        published = Stream.concat(events.stream(), EventTypes.published().stream()).toList();
    }

    @Test
    void everyEventRecordIsFoundAndVersioned() {
        assertThat(events).as("event records found on the classpath")
                .contains(MeetingScheduled.class, QuestionAsked.class, FactCorrected.class, CommitteeRegistered.class);
        assertThat(events).allSatisfy(event -> assertThat(EventSchemas.versionOf(event)).isPositive());
    }

    @Test
    void everyEventRecordHasOnePublicName() {
        assertThat(EventTypes.all()).as("the event types named in EventTypes").containsExactlyInAnyOrderElementsOf(events);
        assertThat(events.stream().map(EventSchemas::nameOf).distinct()).hasSameSizeAs(events);
        assertThat(EventTypes.typeOf("org.minutebook.events.attendance.ApologyRecorded"))
                .as("a contract-1 name still reads").contains(ApologyRecorded.class);
        assertThat(EventTypes.typeOf("minutebook.ApologyRecorded")).contains(ApologyRecorded.class);
    }

    @Test
    void everyFieldOfTheContractIsDocumented() {
        List<String> undocumented = published.stream()
                .flatMap(event -> generator.undocumentedFields(event).stream())
                .distinct().sorted().toList();
        assertThat(undocumented)
                .as("record components without an @param in their record's javadoc (the schemas' descriptions, "
                        + "and whether a field may be null, come from it)")
                .isEmpty();
    }

    @Test
    void theCommittedSchemaOfEveryEventsCurrentVersionMatchesItsRecord() throws IOException {
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.createDirectories(schemas);
            for (Class<?> event : published) {
                Files.writeString(schemas.resolve(EventSchemas.fileName(EventSchemas.nameOf(event),
                        EventSchemas.versionOf(event))), EventSchemas.print(generator.schemaOf(event)));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Class<?> event : published) {
            Path committed = schemas.resolve(EventSchemas.fileName(EventSchemas.nameOf(event), EventSchemas.versionOf(event)));
            if (!Files.exists(committed)) {
                problems.add("missing: docs/schemas/" + committed.getFileName());
            } else if (!JSON.readTree(committed.toFile()).equals(generator.schemaOf(event))) {
                problems.add("differs from " + EventSchemas.nameOf(event) + ": docs/schemas/" + committed.getFileName());
            }
        }
        if (!problems.isEmpty()) {
            fail("The committed JSON Schemas do not match the event records:\n  " + String.join("\n  ", problems)
                    + "\n" + REGENERATE);
        }
    }

    @Test
    void everyReleasedVersionKeepsItsSchemaAndNoSchemaIsStray() throws IOException {
        Map<String, Integer> current = published.stream()
                .collect(Collectors.toMap(EventSchemas::nameOf, EventSchemas::versionOf));
        List<String> problems = new ArrayList<>();
        current.forEach((type, version) -> {
            for (int released = 1; released < version; released++) {
                if (!Files.exists(schemas.resolve(EventSchemas.fileName(type, released)))) {
                    problems.add("missing the schema of released version " + released + ": docs/schemas/"
                            + EventSchemas.fileName(type, released) + " (restore it from git history)");
                }
            }
        });
        try (Stream<Path> files = Files.list(schemas)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = FILE.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    problems.add("not named <event type>.v<version>.json: docs/schemas/" + file.getFileName());
                } else if (!current.containsKey(name.group(1))) {
                    problems.add("no event record " + name.group(1) + ": docs/schemas/" + file.getFileName());
                } else if (Integer.parseInt(name.group(2)) > current.get(name.group(1))) {
                    problems.add("a version after the record's current @EventVersion("
                            + current.get(name.group(1)) + "): docs/schemas/" + file.getFileName());
                } else {
                    JsonNode schema = JSON.readTree(file.toFile());
                    if (!schema.path("$id").asText().endsWith("/" + file.getFileName())) {
                        problems.add("$id does not name its file: docs/schemas/" + file.getFileName());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("docs/schemas does not hold one schema per event type and released version:\n  "
                    + String.join("\n  ", problems) + "\n" + REGENERATE);
        }
    }
}
