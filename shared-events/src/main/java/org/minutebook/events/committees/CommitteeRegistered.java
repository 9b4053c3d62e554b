package org.minutebook.events.committees;

import org.minutebook.events.CommitteeEvent;
import org.minutebook.events.EventVersion;

/**
 * A committee was registered, e.g. "Children and Families Overview and Scrutiny Committee"
 * of Leicestershire County Council.
 *
 * @param committeeId the committee's stable id
 * @param name the committee's name
 * @param council the council it belongs to
 * @param kind scrutiny commission, overview and scrutiny committee, board…
 */
@EventVersion(1)
public record CommitteeRegistered(
        String committeeId,
        String name,
        String council,
        CommitteeKind kind) implements CommitteeEvent {
}
