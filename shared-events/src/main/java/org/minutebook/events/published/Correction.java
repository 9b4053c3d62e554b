package org.minutebook.events.published;

import org.minutebook.events.Person;

/**
 * The correction a publication is.
 *
 * @param partId      the part of the decision corrected or struck out, or null for the whole decision
 * @param reason      why
 * @param correctedBy who corrected it
 * @param notedAtMeetingId the later meeting at which it was noted, or null
 */
public record Correction(String partId, String reason, Person correctedBy, String notedAtMeetingId) {
}
