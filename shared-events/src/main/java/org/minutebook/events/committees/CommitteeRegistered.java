package org.minutebook.events.committees;

import org.minutebook.events.CommitteeEvent;
import org.minutebook.events.EventVersion;

/**
 * A committee was registered, e.g. "Children and Families Overview and Scrutiny Committee"
 * of Leicestershire County Council.
 *
 * @param committeeId the committee's stable id
 * @param name the committee's name
 * @param council the council it belongs to, or null when not stated (a committee entered from a published page
 *                that does not name its council)
 * @param kind scrutiny commission, overview and scrutiny committee, board…
 * @param timeZone the IANA time zone of the council's civil times ("Europe/London"), in which its meetings' times
 *                 are kept
 */
@EventVersion(2)
public record CommitteeRegistered(
        String committeeId,
        String name,
        String council,
        CommitteeKind kind,
        String timeZone) implements CommitteeEvent {
}
