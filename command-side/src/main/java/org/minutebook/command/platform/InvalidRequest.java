package org.minutebook.command.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request that cannot become a command: malformed JSON or invalid fields. Answered 400, naming each field by its
 * path (for programs and the console's placement) and, in the detail, as the clerk sees it ("The second date: …").
 */
public class InvalidRequest extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        this(errors.stream().map(error -> FieldWords.capitalised(error.field()) + ": " + error.message())
                .distinct().collect(Collectors.joining("; ")), errors);
    }

    public InvalidRequest(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** A field whose value is not of its type or format; the message says more when there is more to say. */
    public static InvalidRequest wrongType(String field, String message) {
        return new InvalidRequest(List.of(new FieldError(field, message)));
    }

    /** A field Jackson could not read, named as the clerk sees it, and why in the clerk's words when known. */
    public static InvalidRequest unreadable(String prefix, JsonMappingException problem) {
        String field = path(problem);
        return wrongType(prefix == null ? field : field.isEmpty() ? prefix : prefix + "." + field, why(problem));
    }

    private static String why(JsonMappingException problem) {
        if (problem instanceof RecordDates.Unreadable) {
            return problem.getOriginalMessage();
        }
        // a value type's own reading (a meeting's time) says what it reads
        if (problem instanceof ValueInstantiationException && problem.getCause() instanceof IllegalArgumentException
                unreadable && unreadable.getMessage() != null) {
            return unreadable.getMessage();
        }
        return "is not a value this field takes (wrong type or format)";
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
