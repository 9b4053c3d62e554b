package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * {@code Person}: someone the record names, by name or by office, as first named; their memberships of the
 * council's committees when they are a registered member. One no meeting names any more (a correction named
 * someone else) is a tombstone: {@code deleted}, with its id, type and times only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OParlPerson(String id, String type, String body, String name,
                          @JsonProperty("minutebook:office") String office, List<OParlMembership> membership,
                          String created, String modified, Boolean deleted) {
}
