package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code Membership}: a member's appointment to a committee, in a role, from a day until a day (or still). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OParlMembership(String id, String type, String person, String organization, String role,
                              String startDate, String endDate) {
}
