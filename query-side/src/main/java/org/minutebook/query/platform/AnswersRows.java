package org.minutebook.query.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rows a query answers, for its API description, when its return type does not say them: an answer rendered
 * once per version ({@link RenderedAnswer}) is served as the JSON of its rows, which springdoc cannot see. The
 * shape says how many: one, a list, or a page of them ({@link RowSchemas}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersRows {

    Class<?> value();

    /** How many of the rows: one (a record of rows, such as attendance by capacity), a list, or a page. */
    Shape shape() default Shape.ONE;

    /** Yes-or-no fields the query adds to each row as it answers (an action's overdue, as of today). */
    String[] adds() default {};

    enum Shape { ONE, LIST, PAGE }
}
