package org.minutebook.command.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.minutebook.access.ApiContract;
import org.minutebook.command.kernel.WrittenTimes;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command API described by OpenAPI at /v3/api-docs, browsable at /swagger-ui.html: what each command really
 * answers. Springdoc sees a {@link CommandBody} as a plain body and a {@link Recorded} as a plain answer; this adds
 * what the dispatch does around them (the status, ETag and Location, If-Match and Idempotency-Key, the refusals)
 * and takes out of each body the fields its path supplies. The system test ApiContractIT holds real answers to it.
 */
@Configuration
class ApiDescription {

    private static final String JSON_LINES = "application/x-ndjson";

    @Bean
    OpenAPI commandApi() {
        ApiContract.civilTimes();
        return new OpenAPI().info(new Info()
                .title("minutebook command side")
                .version("1")
                .description("Commands that record what happens at committee meetings. Every answer carries the "
                        + "meeting's version; send If-Match to refuse lost updates and Idempotency-Key to retry "
                        + "safely. Refusals are RFC 9457 problem+json naming the field or the rule. Each operation "
                        + "names the roles it needs in " + ApiContract.ROLES + "."));
    }

    /** Each command: its status, the recorded answer's headers, the request headers it honours, its refusals. */
    @Bean
    OperationCustomizer commands() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters())
                    .noneMatch(parameter -> parameter.hasParameterAnnotation(CommandBody.class))) {
                return operation;
            }
            ApiResponse recorded = operation.getResponses().values().iterator().next()
                    .description("Recorded: the record's id, its version and where to read it")
                    .addHeaderObject(HttpHeaders.ETAG, new Header().required(true).schema(new StringSchema())
                            .description("The record's version, quoted (\"12\"): send it back as If-Match"))
                    .addHeaderObject(HttpHeaders.LOCATION, new Header().required(true).schema(new StringSchema())
                            .description("Where the query side serves the record"));
            operation.getResponses().clear();
            operation.getResponses().addApiResponse(Integer.toString(status(handler).value()), recorded);
            operation.addParametersItem(header(HttpHeaders.IF_MATCH, "The version last read (\"7\", W/\"7\" or 7): "
                    + "refused with 409 concurrent-change if the record has changed since; ignored by scheduling a "
                    + "meeting and registering a committee", "^\\s*(W/)?\"?[0-9]+\"?\\s*$"))
                    .addParametersItem(header(CommandDispatch.IDEMPOTENCY_KEY, "1 to 200 characters (a UUID, say): "
                            + "a retry of the same request gets the first answer and records nothing twice", null)
                            .schema(new StringSchema().minLength(1).maxLength(200)))
                    .addParametersItem(header(RecordedBy.REQUEST_ID_HEADER, "Kept with every event recorded, shown "
                            + "in the history", "^[A-Za-z0-9._:-]{1,128}$"));
            refusals(operation, namesARecord(handler));
            return operation;
        };
    }

    /** The status the controller declares; Spring MVC answers it. */
    private static HttpStatus status(HandlerMethod handler) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
        return declared == null ? HttpStatus.OK : declared.code();
    }

    private static HeaderParameter header(String name, String description, String pattern) {
        return (HeaderParameter) new HeaderParameter().name(name).required(false).description(description)
                .schema(new StringSchema().pattern(pattern));
    }

    /** Whether the path names the meeting or committee (else the command creates one, and finds none missing). */
    private static boolean namesARecord(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.path()).anyMatch(path -> path.contains("{"));
    }

    private static void refusals(Operation command, boolean namesARecord) {
        ApiContract.refuses(command, 400, "Not a command: malformed JSON, a field missing, of the wrong type or "
                + "invalid, or a bad If-Match, Idempotency-Key or X-Request-Id header (invalid-request, naming each "
                + "field in errors)");
        if (namesARecord) {
            ApiContract.refuses(command, 404, "No such meeting or committee is recorded (not-found)");
        }
        ApiContract.refuses(command, 409, "The command conflicts with the record, or the record changed since "
                + "If-Match (the rule in rule: meeting-already-closed, concurrent-change…; the field it is about in "
                + "field, when one)");
        ApiContract.refuses(command, 422, "The command cannot be true, or an Idempotency-Key was used for another "
                + "request (the rule in rule: close-before-start, idempotency-key-reused…; the field it is about in "
                + "field, when one)");
    }

    /** The shared parts (sign-in, roles, problem schema, path parameters); then bodies without the path's fields. */
    @Bean
    OpenApiCustomizer commandContract() {
        return api -> {
            ApiContract.describe(api, Access.PERMISSIONS, Map.of("errors", new ArraySchema()
                    .items(new ObjectSchema().addProperty("field", new StringSchema())
                            .addProperty("message", new StringSchema()))
                    .description("Each field refused (contacts[0].email) and why; empty when the body is not JSON"),
                    "currentVersion", new IntegerSchema().format("int64").description("With concurrent-change for "
                            + "an If-Match that is not the record's version: the version it is at, to read and retry")));
            for (ApiContract.Described described : ApiContract.operations(api)) {
                withoutPathFields(api, described);
                if (described.method() == HttpMethod.GET && !described.pathVariables().isEmpty()) {
                    described.refuses(404, "Nothing is recorded under that id (not-found)");
                }
                jsonLines(described.operation());
            }
            api.getComponents().getSchemas().remove("StreamingResponseBody");
            api.getComponents().getSchemas().values().forEach(ApiDescription::datesAsWritten);
            futureDatesAsWritten(api);
        };
    }

    /** A date of a command is read as the minutes write it too ({@link RecordDates}): said where the field is. */
    private static void datesAsWritten(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().stream()
                .filter(property -> "date".equals(property.getFormat()) && property.getDescription() == null)
                .forEach(property -> property.description("A date: 2021-01-19, or as the minutes write it ("
                        + WrittenTimes.DATE_EXAMPLES + "), day first"));
    }

    /** A future meeting's date may be sent as one line as the minutes write it, its time only when they give one. */
    private static void futureDatesAsWritten(OpenAPI api) {
        Schema<?> command = api.getComponents().getSchemas().get("NoteFutureMeetingDates");
        Schema<?> dates = command == null || command.getProperties() == null ? null
                : command.getProperties().get("dates");
        if (dates == null || dates.getItems() == null) {
            return;
        }
        Schema<?> asObject = dates.getItems();
        dates.setItems(new Schema<>().oneOf(List.of(new StringSchema().minLength(1).description("One date as the"
                + " minutes write it, with its time only when they give one: 19/01/2021, 19 January 2021 at"
                + " 2.00pm"), asObject)));
    }

    /** An export streams JSON Lines: text, one JSON object a line, not one JSON document. */
    private static void jsonLines(Operation operation) {
        operation.getResponses().values().stream()
                .filter(response -> response.getContent() != null && response.getContent().containsKey(JSON_LINES))
                .forEach(response -> response.getContent().get(JSON_LINES).schema(new StringSchema()
                        .description("One line a stored event: {\"recordId\", \"event\"}, the event as the "
                                + "history shows it; the record's own events, then (for a committee) each of its "
                                + "meetings'")));
    }

    /** The path's variables override the body's ({@link CommandBodyResolver}): a client does not send them. */
    private static void withoutPathFields(OpenAPI api, ApiContract.Described described) {
        Operation operation = described.operation();
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        operation.getRequestBody().getContent().values().forEach(media -> {
            String ref = media.getSchema() == null ? null : media.getSchema().get$ref();
            Schema<?> body = ref == null ? null
                    : api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
            if (body == null) {
                return;
            }
            for (String variable : described.pathVariables()) {
                if (body.getProperties() != null) {
                    body.getProperties().remove(variable);
                }
                if (body.getRequired() != null) {
                    body.getRequired().remove(variable);
                }
            }
        });
    }
}
