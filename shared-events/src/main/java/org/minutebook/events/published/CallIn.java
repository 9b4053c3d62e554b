package org.minutebook.events.published;

import org.minutebook.events.Person;
import org.minutebook.events.executive.CallInConsidered;
import org.minutebook.events.executive.CallInOutcome;
import org.minutebook.events.executive.CallInRequested;

import java.time.LocalDate;
import java.util.List;

/**
 * A call-in and, once considered, what scrutiny resolved (see {@link CallInRequested}, {@link CallInConsidered}).
 *
 * @param requestedOn  the day it was received
 * @param requestedBy  the members calling it in, as named
 * @param reasons      their reasons, or null
 * @param consideredOn the day scrutiny considered it, or null until then
 * @param committeeId  the scrutiny committee, or null
 * @param meetingId    its meeting, or null
 * @param outcome      what scrutiny resolved, or null until then
 * @param resolution   scrutiny's reasons or recommendations, or null
 */
public record CallIn(LocalDate requestedOn, List<Person> requestedBy, String reasons, LocalDate consideredOn,
                     String committeeId, String meetingId, CallInOutcome outcome, String resolution) {

    public CallIn {
        requestedBy = requestedBy == null ? List.of() : List.copyOf(requestedBy);
    }
}
