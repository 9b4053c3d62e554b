package org.minutebook.query.attendance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.minutebook.events.Person;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Where;

/**
 * One person at one meeting in the capacity recorded ({@code attendedAs}: PRESENT, APOLOGIES, SUBSTITUTE, OFFICER,
 * OTHER), with what the capacity records and the items of a late arrival or early departure.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendanceRow(String id, @JsonUnwrapped Where where, Capacity attendedAs, Person person, String reason,
                     Person forMember, String role, String capacity, String arrivedLateAt, String leftEarlyAt)
        implements Register.Row {
}
