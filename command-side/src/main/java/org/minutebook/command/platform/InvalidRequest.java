package org.minutebook.command.platform;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.List;
import java.util.stream.Collectors;

/** A request that cannot become a command: malformed JSON or invalid fields. Answered 400, naming the fields. */
public class InvalidRequest extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        this("Invalid field(s): " + errors.stream().map(FieldError::field).distinct()
                .collect(Collectors.joining(", ")), errors);
    }

    public InvalidRequest(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** A field whose value is not of its type or format; the message says more when there is more to say. */
    static InvalidRequest wrongType(String field, String message) {
        return new InvalidRequest("Field '" + field + "' has a value of the wrong type or format",
                List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }

    /** The dotted path of the field Jackson could not read, e.g. {@code contacts[0].email}. */
    public static String path(JsonMappingException problem) {
        return problem.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
