package org.minutebook.events.resolutions;

/**
 * The members present in law at an item, against the quorum the committee's standing orders require: recorded
 * with a decision taken without a quorum, where the committee's rule is that such a decision is flagged (not
 * refused), so that the minutes say so.
 *
 * @param present the members present in law at the item (in the room, or remotely where that counts)
 * @param quorum  the quorum required on the day
 */
public record QuorumCount(int present, int quorum) {
}
