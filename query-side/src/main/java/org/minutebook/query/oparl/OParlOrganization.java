package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** {@code Organization}: a committee, its memberships over time and the list of its meetings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OParlOrganization(String id, String type, String body, String name, List<String> membership,
                                String meeting, String organizationType, String classification, String web,
                                String created, String modified) {
}
