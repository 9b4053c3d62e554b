package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * {@code Body}: a council, by the name its committees were registered under, with the lists of its committees,
 * people, meetings and papers. Councils' terms of office are not recorded: {@code legislativeTerm} is empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OParlBody(String id, String type, String system, String name, String organization, String person,
                        String meeting, String paper, List<LegislativeTerm> legislativeTerm, String classification,
                        String web, String created, String modified) {

    /** A term of office (none is recorded yet; the shape OParl requires of the list's elements). */
    public record LegislativeTerm(String id, String type, String name) {
    }
}
