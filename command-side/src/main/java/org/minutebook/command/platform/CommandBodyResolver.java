package org.minutebook.command.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.minutebook.access.Characters;
import org.minutebook.access.StrictJson;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads a command from its request: the body as strict JSON ({@link StrictJson}), every text in it plain
 * ({@link PlainText}) and every date in the record's years ({@link RecordDates}), then the path's variables and the
 * {@code If-Match} version put in (they win over the body), then the command's field rules. What it answers is the
 * command as {@link Sent}: with the {@code Idempotency-Key}, when one was sent, and the hash of the request it came
 * with. The {@code X-Request-Id} (stored with the events, {@link RecordedBy}) is checked here too.
 */
@Component
class CommandBodyResolver implements HandlerMethodArgumentResolver {

    private final ObjectMapper json;
    private final Validator validator;
    /** Keyed by the controllers' parameters, a few dozen, made once when the handlers were found. */
    private final Map<MethodParameter, Class<?>> commandTypes = new ConcurrentHashMap<>();

    CommandBodyResolver(ObjectMapper json, Validator validator) {
        this.json = StrictJson.forRequests(json).registerModule(new RecordDates());
        this.validator = validator;
    }

    /** A request id is stored with every event and shown in the history: bounded, and nothing to escape. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Visible ASCII only: a key is compared byte for byte, so nothing that could look alike may be in it. */
    private static final Pattern IDEMPOTENCY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        if (!parameter.hasParameterAnnotation(CommandBody.class)) {
            return false;
        }
        if (parameter.getParameterType() != Sent.class) {
            throw new IllegalStateException("A @CommandBody is read as Sent<command>: " + parameter);
        }
        return true;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws IOException {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        requireWellFormedRequestId(request);
        String idempotencyKey = idempotencyKey(request);
        byte[] content = request.getInputStream().readAllBytes();
        ObjectNode fields = body(content);
        @SuppressWarnings("unchecked")
        Map<String, String> pathVariables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (pathVariables != null) {
            pathVariables.forEach((name, value) -> {
                // the path's id wins over the body's, but a body that gives one gives text, or is wrongly typed
                JsonNode given = fields.get(name);
                if (given != null && !given.isTextual() && !given.isNull()) {
                    throw InvalidRequest.wrongType(name, "must be text");
                }
                fields.put(name, value);
            });
        }
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch != null) {
            fields.put("expectedVersion", ExpectedVersion.parse(ifMatch));
        }
        Object command = convert(fields, commandType(parameter));
        CommandFields.validate(validator, command, null);
        return new Sent<>(command, Optional.ofNullable(idempotencyKey)
                .map(key -> new Sent.Idempotency(key, requestHash(request, content))));
    }

    /**
     * The command's type: the {@code C} of the parameter's {@code Sent<C>}, resolved once per controller method
     * (resolving a generic type per request was 1 % of the request threads' CPU under load, docs/performance.md).
     */
    private Class<?> commandType(MethodParameter parameter) {
        return commandTypes.computeIfAbsent(parameter,
                each -> ResolvableType.forMethodParameter(each).getGeneric(0).resolve(Object.class));
    }

    private static void requireWellFormedRequestId(HttpServletRequest request) {
        String requestId = request.getHeader(RecordedBy.REQUEST_ID_HEADER);
        if (requestId != null && !REQUEST_ID.matcher(requestId).matches()) {
            throw new InvalidRequest(List.of(new InvalidRequest.FieldError(RecordedBy.REQUEST_ID_HEADER,
                    "must be 1 to 128 letters, digits or . _ : - (a UUID, say)")));
        }
    }

    private static String idempotencyKey(HttpServletRequest request) {
        String key = request.getHeader(CommandDispatch.IDEMPOTENCY_KEY);
        if (key != null && !IDEMPOTENCY.matcher(key).matches()) {
            throw new InvalidRequest(List.of(new InvalidRequest.FieldError(CommandDispatch.IDEMPOTENCY_KEY,
                    "must be 1 to 200 visible ASCII characters, no spaces (a UUID, say)")));
        }
        return key;
    }

    /** The same request again has the same hash: its method, path, If-Match and body, byte for byte. */
    private static String requestHash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(String.valueOf(request.getHeader(HttpHeaders.IF_MATCH)).getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode body(byte[] content) throws IOException {
        if (content.length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = json.readTree(content);
            if (node instanceof ObjectNode object) {
                requirePlainText(object, "");
                return object;
            }
        } catch (JsonProcessingException malformed) {
            throw new InvalidRequest("The request body is not valid JSON: " + malformed.getOriginalMessage(),
                    List.of());
        }
        throw new InvalidRequest("The request body must be a JSON object", List.of());
    }

    /** Each text of the body, at any depth (a correction's replacement too), and each key, is plain text. */
    private static void requirePlainText(JsonNode node, String path) {
        if (node.isTextual()) {
            OptionalInt refused = Characters.refused(node.textValue(), true);
            if (refused.isPresent()) {
                throw new InvalidRequest(List.of(new InvalidRequest.FieldError(path,
                        PlainText.Validator.refusal(refused.getAsInt(), true))));
            }
        }
        for (int index = 0; node.isArray() && index < node.size(); index++) {
            requirePlainText(node.get(index), path + "[" + index + "]");
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            OptionalInt refused = Characters.refused(field.getKey(), false);
            if (refused.isPresent()) {
                throw new InvalidRequest(List.of(new InvalidRequest.FieldError(path.isEmpty() ? "(a key)" : path,
                        "a key " + PlainText.Validator.refusal(refused.getAsInt(), false))));
            }
            requirePlainText(field.getValue(), fieldPath);
        }
    }

    private Object convert(ObjectNode fields, Class<?> type) {
        try {
            return json.treeToValue(fields, type);
        } catch (JsonMappingException wrongShape) {
            throw InvalidRequest.unreadable(null, wrongShape);
        } catch (JsonProcessingException unreadable) {
            throw new InvalidRequest("The request body could not be read: " + unreadable.getOriginalMessage(),
                    List.of());
        }
    }
}
