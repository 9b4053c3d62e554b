package org.minutebook.command.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.Set;

/** A command's field rules, checked the same way for a request and for a correction of what it recorded. */
public final class CommandFields {

    private CommandFields() {
    }

    /** Throws {@link InvalidRequest} naming every field that breaks its rule, each under the given prefix. */
    public static void validate(Validator validator, Object command, String prefix) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations.stream()
                    .map(violation -> new InvalidRequest.FieldError(prefixed(prefix,
                            violation.getPropertyPath().toString()), violation.getMessage()))
                    .sorted(Comparator.comparing(InvalidRequest.FieldError::field))
                    .toList());
        }
    }

    private static String prefixed(String prefix, String path) {
        if (prefix == null) {
            return path;
        }
        return path.isEmpty() ? prefix : prefix + "." + path;
    }

}
