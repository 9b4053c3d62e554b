package org.minutebook.query.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.minutebook.access.ApiContract;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The query API described by OpenAPI at /v3/api-docs, browsable at /swagger-ui.html: what each query really
 * answers, with the bounds of its parameters and its refusals. The system test ApiContractIT holds real answers to
 * it.
 */
@Configuration
class ApiDescription {

    private static final String MINUTES = "/api/meetings/{meetingId}/minutes";
    /** The queries of one meeting or committee that answer 404 when it is not there (the registers answer none). */
    private static final Set<String> NAMED_BY_PATH = Set.of("/api/meetings/{meetingId}",
            "/api/committees/{committeeId}", MINUTES, MINUTES + ".html");

    @Bean
    OpenAPI queryApi() {
        ApiContract.civilTimes();
        return new OpenAPI().info(new Info()
                .title("minutebook query side")
                .version("1")
                .description("Read models of committee meetings: meetings and agendas, attendance, declarations, "
                        + "the decision register, questions, actions and referrals, and the minutes. Meeting-scoped "
                        + "queries take minVersion (the version a command answered) to read your own writes. "
                        + "Everyone reads; exempt business only clerks, chairs and auditors. Each operation names "
                        + "the roles it needs in " + ApiContract.ROLES + "."));
    }

    @Bean
    OpenApiCustomizer queryContract(RowSchemas rows) {
        return api -> {
            rows.addTo(api);
            printableMinutes(api);
            ApiContract.describe(api, Access.PERMISSIONS, problemMembers());
            for (ApiContract.Described query : ApiContract.operations(api)) {
                bounds(query.operation());
                refusals(query);
            }
            registerAsItStood(api.getPaths().get("/api/decisions").getGet());
            rebuilds(api.getPaths().get("/api/admin/rebuild"));
        };
    }

    /**
     * The minutes as a page are a view, which springdoc does not describe: the same operation as the minutes' JSON,
     * answering text/html, at minutes.html and at minutes for a browser's Accept.
     */
    private static void printableMinutes(OpenAPI api) {
        PathItem minutes = api.getPaths().get(MINUTES);
        Operation json = minutes.getGet();
        json.getResponses().get("200").getContent().addMediaType(MediaType.TEXT_HTML_VALUE, page());
        Operation printable = new Operation().operationId("printableMinutes").tags(json.getTags())
                .summary("The printable minutes, worded like published minutes")
                .parameters(json.getParameters().stream()
                        .filter(parameter -> !parameter.getName().equals(HttpHeaders.IF_NONE_MATCH)).toList())
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse()
                        .description("The printable minutes").content(new Content()
                                .addMediaType(MediaType.TEXT_HTML_VALUE, page()))));
        api.getPaths().addPathItem(MINUTES + ".html", new PathItem().get(printable));
    }

    private static io.swagger.v3.oas.models.media.MediaType page() {
        return new io.swagger.v3.oas.models.media.MediaType().schema(new StringSchema()
                .description("An HTML page that loads nothing from elsewhere"));
    }

    /** Two handlers share the path: with asOf, the register as it stood then (from, to and outcome unused). */
    private static void registerAsItStood(Operation decisions) {
        decisions.getParameters().stream().filter(parameter -> parameter.getName().equals("asOf")).forEach(asOf ->
                asOf.required(false).description("An instant of recording (not a meeting's date): the register as "
                        + "it stood then, filtered by committeeId and q only"));
    }

    /** A rebuild starts (202, with where to follow it); its progress is there until one has run (204). */
    private static void rebuilds(PathItem rebuild) {
        ApiResponses started = rebuild.getPost().getResponses();
        ApiResponse progress = started.remove("200").description("Started: the progress")
                .addHeaderObject(HttpHeaders.LOCATION, new Header().required(true).schema(new StringSchema())
                        .description("Where to follow the progress"));
        started.addApiResponse("202", progress);
        rebuild.getGet().getResponses().addApiResponse("204", new ApiResponse()
                .description("No rebuild has run since the query side started"));
    }

    /** The members the query side's problems add to the shared ones. */
    private static Map<String, Schema<?>> problemMembers() {
        Map<String, Schema<?>> members = new LinkedHashMap<>();
        members.put("parameter", new StringSchema().description("The query parameter refused"));
        members.put("allowed", ApiContract.strings("The values the parameter may take, when it has a list"));
        members.put("projectedVersion", new IntegerSchema().format("int64")
                .description("read-model-behind: the version the read model holds"));
        members.put("requestedVersion", new IntegerSchema().format("int64")
                .description("read-model-behind: the minVersion asked for"));
        members.put("lastStartedAt", new StringSchema().format("date-time")
                .description("rebuild-too-soon: when the last rebuild began"));
        members.put("allowedFrom", new StringSchema().format("date-time")
                .description("rebuild-too-soon: when the next may begin"));
        members.put("progress", new Schema<>().$ref("#/components/schemas/Progress")
                .description("rebuild-under-way: the rebuild's progress"));
        return members;
    }

    /**
     * An answer rendered once per version carries an entity tag of its version and audience; sent back as
     * If-None-Match, the same version for the same audience answers 304.
     */
    private static void notModified(Operation operation) {
        ApiResponse ok = operation.getResponses().get("200");
        // not on the printable minutes, which a browser asks for at the same path
        ok.addHeaderObject(HttpHeaders.ETAG, new Header().required(false).schema(new StringSchema())
                .description("On the JSON answer: the meeting's version and the audience answered, quoted: "
                        + "\"53-public\", \"53-all\""));
        operation.getResponses().addApiResponse("304", new ApiResponse().description("Not modified: the meeting "
                + "is still at the version of the If-None-Match tag, and the caller reads as the same audience"));
    }

    /** Lists are paged from 0, at most {@link Paging#MAX_LIMIT} a page. */
    private static void bounds(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema<?> schema = parameter.getSchema();
            switch (parameter.getName()) {
                case "page" -> schema.setMinimum(BigDecimal.ZERO);
                case "limit" -> {
                    schema.setMinimum(BigDecimal.ONE);
                    schema.setMaximum(BigDecimal.valueOf(Paging.MAX_LIMIT));
                }
                case "minVersion" -> schema.setMinimum(BigDecimal.ZERO);
                default -> {
                }
            }
        }
    }

    private static void refusals(ApiContract.Described query) {
        if (NAMED_BY_PATH.contains(query.path())) {
            query.refuses(404, "Not recorded, or not projected yet; with asOf, nothing recorded by then; with "
                    + "asConfirmed, not confirmed (not-found)");
        }
        if (query.path().startsWith("/oparl/v1/") && query.path().contains("{")) {
            query.refuses(404, "No such object is recorded, or it is not projected yet (not-found)");
        }
        if (query.operation().getParameters() != null && !query.operation().getParameters().isEmpty()) {
            query.refuses(400, "A parameter of the wrong type or format, out of its bounds, or not one of its "
                    + "values (invalid-query, naming it in parameter; allowed lists the values)");
        }
        if (query.hasQueryParameter("minVersion")) {
            ApiContract.unavailable(query.operation(), "the read model does not hold the meeting at minVersion "
                    + "yet (read-model-behind)");
        }
        ApiContract.unavailable(query.operation(), "more requests are being answered at once than the query side "
                + "takes (busy)");
        if (NAMED_BY_PATH.contains(query.path())) {
            ApiContract.unavailable(query.operation(), "the read models are being rebuilt and this is not replayed "
                    + "yet (rebuild-under-way)");
        }
        if (query.operation().getParameters() != null && query.operation().getParameters().stream()
                .anyMatch(parameter -> parameter.getName().equals(HttpHeaders.IF_NONE_MATCH))) {
            notModified(query.operation());
        }
        if (query.method() == HttpMethod.POST && query.path().equals("/api/admin/rebuild")) {
            query.refuses(409, "A rebuild is under way (rebuild-under-way, with its progress)");
            query.refuses(429, "Within the interval since the last rebuild began (rebuild-too-soon); retry after "
                    + "Retry-After seconds, or force");
            ApiContract.retryAfter(query.operation(), "429");
        }
    }
}
