package org.minutebook.command.committees;

import org.minutebook.events.committees.WhenInquorate;

/**
 * A committee's quorum on a meeting's day, as its standing orders fix it ({@code QuorumFixed}).
 *
 * @param required               the members that must be present, or null when it cannot be told (a share of a
 *                               membership the record does not hold)
 * @param whenInquorate          whether a decision taken without it is refused or flagged
 * @param remoteAttendanceCounts whether members attending remotely are present in law
 */
public record Quorum(Integer required, WhenInquorate whenInquorate, boolean remoteAttendanceCounts) {
}
