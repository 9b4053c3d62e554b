package org.minutebook.query.oparl;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.minutebook.query.platform.Criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters every OParl list takes, on the objects' stored times ({@code created_since}, {@code created_until},
 * {@code modified_since}, {@code modified_until}, each a date-time with its offset, both ends included), as the
 * stored times are written ({@link OParlTime#recorded}), so a filter is a comparison of texts. Tombstones are
 * listed only when {@code modified_since} is given: a client brought up to date learns what was deleted.
 */
record TimeFilters(String createdSince, String createdUntil, String modifiedSince, String modifiedUntil) {

    static TimeFilters of(String createdSince, String createdUntil, String modifiedSince, String modifiedUntil) {
        return new TimeFilters(OParlTime.parameter("created_since", createdSince),
                OParlTime.parameter("created_until", createdUntil),
                OParlTime.parameter("modified_since", modifiedSince),
                OParlTime.parameter("modified_until", modifiedUntil));
    }

    boolean withTombstones() {
        return modifiedSince != null;
    }

    /** The filters as MongoDB conditions on a document's {@code created} and {@code modified}. */
    List<Bson> filters() {
        List<Bson> filters = new ArrayList<>();
        if (createdSince != null) {
            filters.add(Filters.gte("created", createdSince));
        }
        if (createdUntil != null) {
            filters.add(Filters.lt("created", OParlTime.justAfter(createdUntil)));
        }
        if (modifiedSince != null) {
            filters.add(Filters.gte("modified", modifiedSince));
        }
        if (modifiedUntil != null) {
            filters.add(Filters.lt("modified", OParlTime.justAfter(modifiedUntil)));
        }
        return filters;
    }

    /** The filters as conditions on a listed row, tombstones left out unless asked for. */
    Criteria applyTo(Criteria criteria) {
        if (createdSince != null) {
            criteria.notBefore("created", createdSince);
        }
        if (createdUntil != null) {
            criteria.before("created", OParlTime.justAfter(createdUntil));
        }
        if (modifiedSince != null) {
            criteria.notBefore("modified", modifiedSince);
        }
        if (modifiedUntil != null) {
            criteria.before("modified", OParlTime.justAfter(modifiedUntil));
        }
        return withTombstones() ? criteria : criteria.eq("deleted", false);
    }

    /** Whether an object with these times passes the filters (for a list read whole). */
    boolean admits(String created, String modified) {
        return (createdSince == null || created != null && created.compareTo(createdSince) >= 0)
                && (createdUntil == null || created != null && created.compareTo(createdUntil) <= 0)
                && (modifiedSince == null || modified != null && modified.compareTo(modifiedSince) >= 0)
                && (modifiedUntil == null || modified != null && modified.compareTo(modifiedUntil) <= 0);
    }

    /** The filters as query parameters, for the links to other pages of the same list. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "created_since", createdSince);
        put(parameters, "created_until", createdUntil);
        put(parameters, "modified_since", modifiedSince);
        put(parameters, "modified_until", modifiedUntil);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
