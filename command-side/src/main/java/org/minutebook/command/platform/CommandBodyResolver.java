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
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads a command from its request: the body as strict JSON ({@link StrictJson}), every text in it plain
 * ({@link PlainText}) and every date in the record's years ({@link RecordYears}), then the path's variables and the
 * {@code If-Match} version put in (they win over the body), then the command's field rules.
 */
@Component
class CommandBodyResolver implements HandlerMethodArgumentResolver {

    private final ObjectMapper json;
    private final Validator validator;

    CommandBodyResolver(ObjectMapper json, Validator validator) {
        this.json = StrictJson.forRequests(json).registerModule(new RecordYears());
        this.validator = validator;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(CommandBody.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws IOException {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        byte[] content = request.getInputStream().readAllBytes();
        IdempotencyKeys.rememberRequest(request, content);
        ObjectNode fields = body(content);
        @SuppressWarnings("unchecked")
        Map<String, String> pathVariables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (pathVariables != null) {
            pathVariables.forEach((name, value) -> {
                // the path's id wins over the body's, but a body that gives one gives text, or is wrongly typed
                JsonNode given = fields.get(name);
                if (given != null && !given.isTextual() && !given.isNull()) {
                    throw InvalidRequest.wrongType(name, "wrong type or format");
                }
                fields.put(name, value);
            });
        }
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch != null) {
            fields.put("expectedVersion", ExpectedVersion.parse(ifMatch));
        }
        Object command = convert(fields, parameter.getParameterType());
        CommandFields.validate(validator, command, null);
        return command;
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
            String field = InvalidRequest.path(wrongShape);
            String message = wrongShape instanceof RecordYears.OutsideTheYears
                    ? wrongShape.getOriginalMessage() : "wrong type or format";
            throw InvalidRequest.wrongType(field, message);
        } catch (JsonProcessingException unreadable) {
            throw new InvalidRequest("The request body could not be read: " + unreadable.getOriginalMessage(),
                    List.of());
        }
    }
}
