package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** {@code Location}: where a meeting was held, as the record words its venue. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OParlLocation(String id, String type, String description, List<String> meetings, String created,
                            String modified) {
}
