package org.minutebook.query.platform;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Builds a register query from optional parameters: each given one narrows the result, an absent one does not.
 * Each condition is said once and gives both the filter MongoDB applies ({@link #build}) and the same test of one
 * stored row ({@link #matches}), for the rows read out of a meeting's listing. A field's path is dotted; a path
 * through a list looks at every element, as MongoDB does.
 */
public final class Criteria {

    private final List<Bson> filters = new ArrayList<>();
    private final List<Predicate<Document>> tests = new ArrayList<>();
    private final java.util.Set<String> fields = new java.util.LinkedHashSet<>();

    public static Criteria where() {
        return new Criteria();
    }

    public Criteria eq(String field, Object value) {
        if (value != null) {
            fields.add(field);
            Object stored = value instanceof Enum<?> constant ? constant.name() : value;
            filters.add(Filters.eq(field, stored));
            tests.add(row -> valuesAt(row, field).stream().anyMatch(found -> same(found, stored)));
        }
        return this;
    }

    /** The field holds one of the values. */
    public Criteria in(String field, Collection<?> values) {
        fields.add(field);
        filters.add(Filters.in(field, values));
        tests.add(row -> valuesAt(row, field).stream().anyMatch(found -> values.stream()
                .anyMatch(value -> same(found, value))));
        return this;
    }

    /**
     * A parameter, named as the field, that takes one of a few values: absent, it narrows nothing; unknown, it is
     * refused rather than answered with an empty list.
     */
    public Criteria oneOf(String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw BadQuery.notOneOf(field, allowed);
        }
        return eq(field, value);
    }

    /** A period on an ISO date (or date-time) field, both ends included. */
    public Criteria period(String field, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadQuery("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (from != null) {
            notBefore(field, from.toString());
        }
        if (to != null) {
            before(field, to.plusDays(1).toString());
        }
        return this;
    }

    /** An ISO date (or date-time) field before the given one. */
    public Criteria before(String field, String iso) {
        fields.add(field);
        filters.add(Filters.lt(field, iso));
        tests.add(row -> valuesAt(row, field).stream()
                .anyMatch(found -> found instanceof String text && text.compareTo(iso) < 0));
        return this;
    }

    /** An ISO date (or date-time) field at or after the given one. */
    public Criteria notBefore(String field, String iso) {
        fields.add(field);
        filters.add(Filters.gte(field, iso));
        tests.add(row -> valuesAt(row, field).stream()
                .anyMatch(found -> found instanceof String text && text.compareTo(iso) >= 0));
        return this;
    }

    /** Words anywhere in the field, case-insensitive, taken literally. */
    public Criteria containing(String field, String words) {
        if (words != null && !words.isBlank()) {
            fields.add(field);
            Pattern pattern = Pattern.compile(Pattern.quote(words.strip()),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            filters.add(Filters.regex(field, pattern));
            tests.add(row -> valuesAt(row, field).stream()
                    .anyMatch(found -> found instanceof String text && pattern.matcher(text).find()));
        }
        return this;
    }

    /** Leaves out the rows of exempt items unless the caller reads exempt business. */
    public Criteria visibleToCaller() {
        if (!Readers.readExemptBusiness()) {
            fields.add("exempt");
            filters.add(Filters.ne("exempt", true));
            tests.add(row -> valuesAt(row, "exempt").stream().noneMatch(Boolean.TRUE::equals));
        }
        return this;
    }

    /** The filter for MongoDB; null when nothing narrows it. */
    public Bson build() {
        return filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    }

    /** The fields the conditions look at, as given. */
    public java.util.Set<String> fields() {
        return java.util.Set.copyOf(fields);
    }

    /** Whether nothing was given to narrow the query. */
    public boolean isEmpty() {
        return filters.isEmpty();
    }

    /** Whether a stored row meets every condition. */
    public boolean matches(Document row) {
        return tests.stream().allMatch(test -> test.test(row));
    }

    /** The values at a dotted path; through a list, those of each element (flattened, as MongoDB reads them). */
    static List<Object> valuesAt(Object from, String path) {
        List<Object> level = new ArrayList<>(List.of(from));
        for (String step : path.split("\\.")) {
            List<Object> next = new ArrayList<>();
            for (Object value : level) {
                if (value instanceof Document document && document.containsKey(step)) {
                    next.add(document.get(step));
                }
            }
            level = flattened(next);
        }
        return level;
    }

    private static List<Object> flattened(List<Object> values) {
        List<Object> flat = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof List<?> list) {
                flat.addAll(list.stream().map(Object.class::cast).toList());
            } else {
                flat.add(value);
            }
        }
        return flat;
    }

    private static boolean same(Object found, Object wanted) {
        if (found instanceof Number one && wanted instanceof Number other) {
            return one.longValue() == other.longValue();
        }
        return Objects.equals(found, wanted);
    }
}
