package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A page of an external object list: its objects whole, where it is, and the links to the first, this and (on every
 * page but the last) the next page, each keeping the filters asked for.
 */
public record OParlList<T>(List<T> data, Pagination pagination, Links links) {

    public record Pagination(int elementsPerPage, int currentPage) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(String first, String self, String next) {
    }
}
