package org.minutebook.command.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.minutebook.events.business.MinuteBlock;
import org.minutebook.events.business.MinuteBlockKind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A paragraph or heading has words and no bullets; a bulleted list has bullets, each with words, and no text. */
@Documented
@Constraint(validatedBy = WellFormedBlock.Validator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WellFormedBlock {

    String message() default "a PARAGRAPH or HEADING has text and no items; BULLETS have items (none blank) and no text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WellFormedBlock, MinuteBlock> {

        @Override
        public boolean isValid(MinuteBlock block, ConstraintValidatorContext context) {
            if (block == null || block.kind() == null) {
                return true;
            }
            if (block.kind() == MinuteBlockKind.BULLETS) {
                return block.text() == null && !block.items().isEmpty()
                        && block.items().stream().noneMatch(item -> item == null || item.isBlank());
            }
            return block.text() != null && !block.text().isBlank() && block.items().isEmpty();
        }
    }
}
