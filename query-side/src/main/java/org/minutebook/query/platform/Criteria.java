package org.minutebook.query.platform;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Builds a register query from optional parameters: each given one narrows the result, an absent one does not. */
public final class Criteria {

    private final List<Bson> filters = new ArrayList<>();

    public static Criteria where() {
        return new Criteria();
    }

    public Criteria eq(String field, Object value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
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
            filters.add(Filters.gte(field, from.toString()));
        }
        if (to != null) {
            filters.add(Filters.lt(field, to.plusDays(1).toString()));
        }
        return this;
    }

    /** Words anywhere in the field, case-insensitive, taken literally. */
    public Criteria containing(String field, String words) {
        if (words != null && !words.isBlank()) {
            filters.add(Filters.regex(field, Pattern.compile(Pattern.quote(words.strip()), Pattern.CASE_INSENSITIVE)));
        }
        return this;
    }

    /** Leaves out the rows of exempt items unless the caller reads exempt business. */
    public Criteria visibleToCaller() {
        if (!Readers.readExemptBusiness()) {
            filters.add(Filters.ne("exempt", true));
        }
        return this;
    }

    public Criteria and(Bson filter) {
        filters.add(filter);
        return this;
    }

    public Bson build() {
        return filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    }
}
