package org.minutebook.command.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.minutebook.access.Characters;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.OptionalInt;

/**
 * Text as the minutes print it ({@link Characters}): a name or title is one line, with no control or
 * bidirectional-override character; with {@code multiline}, free text keeps its tabs and line breaks. Every text of
 * a command body is held to the multi-line rule as it is read ({@link CommandBodyResolver}); this annotation adds
 * the one-line rule to the names and titles, and holds any text that does not come through a body.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    boolean multiline() default false;

    String message() default "must be plain text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            OptionalInt refused = text == null ? OptionalInt.empty() : Characters.refused(text, multiline);
            if (refused.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(refusal(refused.getAsInt(), multiline))
                    .addConstraintViolation();
            return false;
        }

        /** Says which character, without printing it. */
        static String refusal(int codePoint, boolean multiline) {
            return "holds the character " + Characters.named(codePoint) + ", which "
                    + (multiline ? "no text" : "a name or title (one line)") + " may hold";
        }
    }
}
