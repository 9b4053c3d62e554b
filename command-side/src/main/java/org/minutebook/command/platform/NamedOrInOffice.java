package org.minutebook.command.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.minutebook.events.Person;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A person is named, or named by their office, or both: the page always says who, one way or the other. */
@Documented
@Constraint(validatedBy = NamedOrInOffice.Validator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NamedOrInOffice {

    String message() default "a person needs a name or a role (\"the Chair\"), or both";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NamedOrInOffice, Person> {

        @Override
        public boolean isValid(Person person, ConstraintValidatorContext context) {
            return person == null || !blank(person.name()) || !blank(person.role());
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
