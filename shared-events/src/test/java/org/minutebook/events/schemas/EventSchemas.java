package org.minutebook.events.schemas;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import org.minutebook.events.EventTypes;
import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the JSON Schema (draft 2020-12) of an event record, as it is written in the event store and on Kafka
 * (Jackson, ISO dates, absent values written as {@code null}). Descriptions come from the records' javadoc, read
 * from the source files. A field is required, and never null, when it is a primitive or a list (always written,
 * {@code []} when empty), or when its javadoc does not say it may be null ("…, or null", "…; null for …"); every
 * other field may be null or missing. Objects stay open (no {@code additionalProperties}), so a later version may
 * add fields without breaking a reader that validates.
 */
final class EventSchemas {

    static final String SCHEMA_ID_BASE = "https://minutebook.org/schemas/";

    private static final Pattern MAY_BE_NULL = Pattern.compile("\\bor null\\b|;\\s*null\\b");
    private static final String LOCAL_DATE_TIME = "A civil (wall-clock) date and time in the meeting's time zone"
            + " (MeetingScheduled.timeZone, \"Europe/London\" unless the committee says otherwise), ISO 8601 without"
            + " offset or zone, e.g. \"2021-11-02T14:00:00\" (RFC 3339 date-time less the offset).";
    private static final String LOCAL_TIME = "A civil (wall-clock) time of day in the meeting's time zone, ISO 8601"
            + " without offset, e.g. \"14:00:00\".";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path sources;
    private final Map<Class<?>, Javadoc> javadocs = new HashMap<>();
    private final SchemaGenerator generator;

    /** @param sources the root of the records' Java sources, for their javadoc */
    EventSchemas(Path sources) {
        this.sources = sources;
        this.generator = new SchemaGenerator(config());
    }

    /**
     * Every event record in the contract: the versioned records under its packages, but those published to
     * subscribers that are not events of a record (a meeting's, a committee's, a decision's outside meetings…).
     */
    static List<Class<?>> eventClasses() {
        List<Class<?>> events = new ArrayList<>();
        try {
            MetadataReaderFactory readers = new CachingMetadataReaderFactory();
            String pattern = "classpath*:" + MeetingEvent.class.getPackageName().replace('.', '/') + "/**/*.class";
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
                Class<?> type = Class.forName(name, false, EventSchemas.class.getClassLoader());
                if (isEventOfARecord(type)) {
                    events.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        events.sort(Comparator.comparing(Class::getName));
        return events;
    }

    private static boolean isEventOfARecord(Class<?> type) {
        return type.isAnnotationPresent(EventVersion.class) && !EventTypes.published().contains(type);
    }

    static int versionOf(Class<?> event) {
        EventVersion version = event.getAnnotation(EventVersion.class);
        if (version == null) {
            throw new IllegalStateException(event.getName() + " has no @EventVersion");
        }
        return version.value();
    }

    /** The event's public type name: what the schema files are named by. */
    static String nameOf(Class<?> event) {
        return EventTypes.nameOf(event)
                .orElseThrow(() -> new IllegalStateException(event.getName() + " is not in EventTypes"));
    }

    static String fileName(String eventType, int version) {
        return eventType + ".v" + version + ".json";
    }

    /** The schema of the event's current version. */
    ObjectNode schemaOf(Class<?> event) {
        int version = versionOf(event);
        ObjectNode generated = generator.generateSchema(event);
        ObjectNode schema = JSON.createObjectNode();
        schema.set("$schema", generated.get("$schema"));
        schema.put("$id", SCHEMA_ID_BASE + fileName(nameOf(event), version));
        schema.put("title", event.getSimpleName() + " (version " + version + ")");
        schema.put("description", javadocOf(event).text() + " Event type (CloudEvents type) " + nameOf(event)
                + ", schema version " + version + " (ce_axonmessagerevision \"" + version + "\").");
        for (Iterator<Map.Entry<String, JsonNode>> fields = generated.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!schema.has(field.getKey()) && !field.getKey().equals("$defs")) {
                schema.set(field.getKey(), field.getValue());
            }
        }
        if (generated.has("$defs")) {
            schema.set("$defs", generated.get("$defs"));
        }
        return schema;
    }

    /** The schema as committed: two-space indents, one value a line, a final newline. */
    static String print(JsonNode schema) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record components of the event and the value records it carries that have no javadoc. */
    List<String> undocumentedFields(Class<?> event) {
        List<String> undocumented = new ArrayList<>();
        collectUndocumented(event, undocumented, new ArrayList<>());
        return undocumented;
    }

    private void collectUndocumented(Class<?> type, List<String> undocumented, List<Class<?>> seen) {
        if (!type.isRecord() || seen.contains(type)) {
            return;
        }
        seen.add(type);
        Javadoc javadoc = javadocOf(type);
        if (javadoc.text().isBlank()) {
            undocumented.add(type.getName());
        }
        for (var component : type.getRecordComponents()) {
            if (!javadoc.params().containsKey(component.getName())) {
                undocumented.add(type.getName() + "." + component.getName());
            }
            collectUndocumented(component.getType(), undocumented, seen);
            if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType parameterized) {
                for (var argument : parameterized.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element) {
                        collectUndocumented(element, undocumented, seen);
                    }
                }
            }
        }
    }

    private com.github.victools.jsonschema.generator.SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS,
                        Option.INLINE_NULLABLE_SCHEMAS)
                .without(Option.ADDITIONAL_FIXED_TYPES);
        config.forTypesInGeneral()
                .withCustomDefinitionProvider((type, context) -> {
                    Class<?> raw = type.getErasedType();
                    if (raw == LocalDate.class) {
                        return inline(context.getGeneratorConfig().createObjectNode()
                                .put("type", "string").put("format", "date"));
                    }
                    if (Map.class.isAssignableFrom(raw)) {
                        // field name to value, any JSON
                        return inline(context.getGeneratorConfig().createObjectNode().put("type", "object"));
                    }
                    if (raw == LocalTime.class) {
                        return inline(context.getGeneratorConfig().createObjectNode()
                                .put("type", "string").put("pattern", "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$")
                                .put("description", LOCAL_TIME));
                    }
                    if (raw == LocalDateTime.class) {
                        // one definition, referenced: its description says there is no offset
                        return new CustomDefinition(context.getGeneratorConfig().createObjectNode()
                                .put("type", "string").put("format", "date-time")
                                .put("description", LOCAL_DATE_TIME),
                                CustomDefinition.DefinitionType.ALWAYS_REF, CustomDefinition.AttributeInclusion.NO);
                    }
                    return null;
                })
                .withDescriptionResolver(scope -> {
                    Class<?> raw = scope.getType().getErasedType();
                    return raw.getPackageName().startsWith(MeetingEvent.class.getPackageName())
                            && !isEventOfARecord(raw)
                            ? blankToNull(javadocOf(raw).text()) : null;
                })
                // record components in declaration order, as Jackson writes them
                .withPropertySorter((first, second) -> 0);
        config.forFields()
                .withDescriptionResolver(this::fieldDescription)
                .withNullableCheck(this::mayBeNull)
                .withRequiredCheck(field -> !mayBeNull(field));
        return config.build();
    }

    private static CustomDefinition inline(ObjectNode definition) {
        return new CustomDefinition(definition, CustomDefinition.DefinitionType.INLINE,
                CustomDefinition.AttributeInclusion.YES);
    }

    private String fieldDescription(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return null;
        }
        return javadocOf(field.getDeclaringType().getErasedType()).params().get(field.getName());
    }

    private boolean mayBeNull(FieldScope field) {
        if (field.isFakeContainerItemScope() || field.getType().getErasedType().isPrimitive()
                || List.class.isAssignableFrom(field.getType().getErasedType())) {
            return false;
        }
        String text = javadocOf(field.getDeclaringType().getErasedType()).params().get(field.getName());
        // without a word on it, it cannot be told never to be null
        return text == null || MAY_BE_NULL.matcher(text).find();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private Javadoc javadocOf(Class<?> type) {
        return javadocs.computeIfAbsent(type, this::readJavadoc);
    }

    private Javadoc readJavadoc(Class<?> type) {
        Path source = sources.resolve(type.getName().replace('.', '/') + ".java");
        if (!Files.exists(source)) {
            return new Javadoc("", Map.of());
        }
        String code;
        try {
            code = Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher declaration = Pattern.compile("public\\s+(?:record|enum|final\\s+class|class)\\s+"
                + Pattern.quote(type.getSimpleName()) + "\\b").matcher(code);
        if (!declaration.find()) {
            return new Javadoc("", Map.of());
        }
        int end = code.lastIndexOf("*/", declaration.start());
        int start = end < 0 ? -1 : code.lastIndexOf("/**", end);
        if (start < 0) {
            return new Javadoc("", Map.of());
        }
        String comment = Arrays.stream(code.substring(start + 3, end).split("\n"))
                .map(line -> line.replaceFirst("^\\s*\\*\\s?", ""))
                .reduce("", (all, line) -> all + "\n" + line);
        String[] blocks = comment.split("\n\\s*(?=@)");
        Map<String, String> params = new HashMap<>();
        for (int i = 1; i < blocks.length; i++) {
            Matcher param = Pattern.compile("^@param\\s+(\\w+)\\s+(.*)$", Pattern.DOTALL).matcher(blocks[i].trim());
            if (param.matches()) {
                params.put(param.group(1), clean(param.group(2)));
            }
        }
        return new Javadoc(clean(blocks[0]), params);
    }

    private static String clean(String text) {
        return text.replaceAll("\\{@(?:code|link)\\s+([^}]*)}", "$1").replaceAll("</?p>", " ")
                .replaceAll("\\s+", " ").trim();
    }

    /** A type's javadoc: its text before the tags, and the text of each {@code @param}. */
    record Javadoc(String text, Map<String, String> params) {
    }

    static Optional<Path> findUp(Path from, String relative) {
        for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative))) {
                return Optional.of(dir.resolve(relative));
            }
        }
        return Optional.empty();
    }
}
