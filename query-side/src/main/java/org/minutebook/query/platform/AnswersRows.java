package org.minutebook.query.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The row a query answers, for its API description: the read models hand out stored documents, so springdoc sees
 * only a map; the row's record says what the document holds. The query's return type says how many: a page of
 * rows, a list, one, or lists by name ({@link ApiDescription}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersRows {

    Class<?> value();

    /** Yes-or-no fields the query adds to each row as it answers (an action's overdue, as of today). */
    String[] adds() default {};
}
