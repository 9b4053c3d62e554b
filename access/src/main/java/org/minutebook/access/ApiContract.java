package org.minutebook.access;

import io.swagger.v3.core.util.PrimitiveType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What both services' OpenAPI documents say alike: how to sign in and which roles each operation needs (from the
 * service's {@link Permission}s), the RFC 9457 problem every refusal is, the refusals made before any controller
 * (401, 403, 413, 415, 429), and the path's parameters. Each service adds what only it answers.
 */
public final class ApiContract {

    public static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    /** The roles an operation needs, as an extension of the operation; empty when everyone may call it. */
    public static final String ROLES = "x-minutebook-roles";
    private static final String PROBLEM = "Problem";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    private ApiContract() {
    }

    /** An operation of the document with its method and path template. */
    public record Described(HttpMethod method, String path, Operation operation) {

        public List<String> pathVariables() {
            List<String> names = new ArrayList<>();
            Matcher variable = PATH_VARIABLE.matcher(path);
            while (variable.find()) {
                names.add(variable.group(1));
            }
            return names;
        }

        public boolean hasQueryParameter(String name) {
            return operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> "query".equals(parameter.getIn()) && name.equals(parameter.getName()));
        }

        /** Adds a refusal this operation can answer, as problem+json. */
        public void refuses(int status, String description) {
            ApiContract.refuses(operation, status, description);
        }
    }

    /**
     * Adds a refusal an operation can answer, as problem+json; a second reason for a status it already refuses
     * with is added to the first, as one status has one description.
     */
    public static void refuses(Operation operation, int status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponse earlier = operation.getResponses().get(Integer.toString(status));
        // a reason given already is not given twice (a document described again, a second declaration of it)
        String why = earlier == null || earlier.getDescription() == null ? description
                : earlier.getDescription().contains(description) ? earlier.getDescription()
                : earlier.getDescription() + "; or: " + description;
        ApiResponse refusal = problem(why);
        if (earlier != null && earlier.getHeaders() != null) {
            refusal.setHeaders(earlier.getHeaders());
        }
        operation.getResponses().addApiResponse(Integer.toString(status), refusal);
    }

    /**
     * A meeting's times are civil times of its council, without an offset (2021-11-02T14:00:00), not the RFC 3339
     * date-times (with offsets) swagger-core would describe them as; it maps such types itself, before any model
     * converter, so the mapping is changed there. Before any document is described.
     */
    public static void civilTimes() {
        PrimitiveType.customClasses().put(LocalDateTime.class.getName(), PrimitiveType.STRING);
    }

    /** Every operation of the document. */
    public static List<Described> operations(OpenAPI api) {
        List<Described> operations = new ArrayList<>();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    operations.add(new Described(HttpMethod.valueOf(method.name()), path, operation))));
        }
        return operations;
    }

    /**
     * The sign-in schemes, the problem schema with the extension members this service sends besides {@code rule},
     * each operation's path parameters and roles, and the refusals every service makes alike.
     */
    public static void describe(OpenAPI api, List<Permission> permissions, Map<String, Schema<?>> problemMembers) {
        api.getComponents()
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A built-in user (clerk, chair, auditor, operator) and its password"))
                .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("A token of the council's identity provider, when "
                                + "configured; its roles claim names the roles"))
                .addSchemas(PROBLEM, problemSchema(problemMembers));
        // Spring's ProblemDetail, as an operation's own annotations name it, is described as Problem instead
        api.getComponents().getSchemas().remove("ProblemDetail");
        for (Described described : operations(api)) {
            everyProblemIsTheProblem(described.operation());
            declarePathParameters(described);
            describeAccess(described, permissions);
            unavailable(described.operation(), "A server this side needs is unreachable: the rule names it "
                    + "(event-store-unavailable, read-models-unavailable, broker-unavailable)");
            signInThrottled(described.operation());
            if (described.operation().getRequestBody() != null) {
                described.refuses(413, "The body is over the largest this side takes (body-too-large: 1 MiB, and "
                        + "on the command side the largest event the pipeline carries); it was not read");
                described.refuses(415, "The body is not sent as application/json (json-only)");
            }
        }
    }

    /** A refusal an operation declares itself (an {@code @ApiResponse}) is the same problem as every other. */
    private static void everyProblemIsTheProblem(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().values().stream()
                .filter(response -> response.getContent() != null && response.getContent().containsKey(PROBLEM_JSON))
                .forEach(response -> response.getContent().get(PROBLEM_JSON)
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    /** A 503 the operation can answer, with the seconds to wait in Retry-After. */
    public static void unavailable(Operation operation, String why) {
        refuses(operation, 503, why);
        retryAfter(operation, "503");
    }

    /**
     * Any request that signs in with a password can be slowed ({@link SignInThrottle}).
     */
    private static void signInThrottled(Operation operation) {
        refuses(operation, 429, "Too many failed sign-ins for this user or from this address (sign-in-throttled)");
        retryAfter(operation, "429");
    }

    /** The answer of this status says in Retry-After how many seconds to wait before asking again. */
    public static void retryAfter(Operation operation, String status) {
        operation.getResponses().get(status).addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().required(true)
                .schema(new IntegerSchema()).description("Seconds to wait before asking again"));
    }

    /** A refusal: RFC 9457 problem+json. */
    public static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema(Map<String, Schema<?>> members) {
        Schema<?> problem = new ObjectSchema()
                .description("An RFC 9457 problem: what was refused and why; a refused request stored nothing")
                .addProperty("type", new StringSchema().description("https://minutebook.org/problems/ and the "
                        + "problem's name (invalid-request, not-found, or the rule broken)"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().description("The HTTP status, repeated"))
                .addProperty("detail", new StringSchema().description("What was wrong, in words"))
                .addProperty("instance", new StringSchema().description("The path of the refused request"))
                .addProperty("rule", new StringSchema().description("The rule refused by name "
                        + "(meeting-already-closed, concurrent-change, not-allowed…), when a rule refused it"))
                .addProperty("field", new StringSchema().description("The field of the command the rule is about, "
                        + "named as a 400's errors name fields (closedAt, vote.castingVote, replacement.member…), "
                        + "when a rule of the record about one field refused it (409, 422)"))
                .addProperty("largestBody", new IntegerSchema().description("body-too-large (413): the most bytes "
                        + "a body may have"))
                .addProperty("retryAfter", new IntegerSchema().description("sign-in-throttled (429): the seconds "
                        + "to wait, as Retry-After says"));
        problem.setRequired(List.of("type", "status"));
        members.forEach(problem::addProperty);
        return problem;
    }

    /** Springdoc declares only the parameters a method binds; a command takes its path's from the template. */
    private static void declarePathParameters(Described described) {
        for (String name : described.pathVariables()) {
            List<Parameter> parameters = described.operation().getParameters();
            boolean declared = parameters != null && parameters.stream()
                    .anyMatch(parameter -> "path".equals(parameter.getIn()) && name.equals(parameter.getName()));
            if (!declared) {
                described.operation().addParametersItem(new PathParameter().name(name).required(true)
                        .schema(new StringSchema()));
            }
        }
    }

    private static void describeAccess(Described described, List<Permission> permissions) {
        List<Role> roles = permissions.stream()
                .filter(permission -> permission.covers(described.method(), described.path()))
                .findFirst().map(Permission::roles)
                .orElseThrow(() -> new IllegalStateException("No permission covers " + described.method() + " "
                        + described.path() + ": every operation would be refused"));
        Operation operation = described.operation();
        operation.addExtension(ROLES, roles.stream().map(Role::name).toList());
        if (roles.isEmpty()) {
            // an empty requirement: no sign-in needed
            operation.setSecurity(List.of(new SecurityRequirement()));
            described.refuses(401, "A wrong password or token (not-signed-in): signing in is optional here, "
                    + "failing to is not");
            return;
        }
        operation.setSecurity(List.of(new SecurityRequirement().addList("basic"),
                new SecurityRequirement().addList("bearer")));
        String who = String.join(" or ", roles.stream().map(Role::userName).toList());
        operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                + "Signed in as: " + who + ".");
        described.refuses(401, "Not signed in, or a wrong password or token (not-signed-in); WWW-Authenticate "
                + "names the ways to sign in");
        described.refuses(403, "Signed in, but not as " + who + " (not-allowed)");
    }

    /** An array of strings, for a problem's list members. */
    public static Schema<?> strings(String description) {
        return new ArraySchema().items(new StringSchema()).description(description);
    }
}
