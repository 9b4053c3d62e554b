package org.minutebook.events.published;

import java.time.LocalDate;

/**
 * What a referral or a request for a further report records.
 *
 * @param actionId       its id within the meeting
 * @param resolutionId   the decision that made it, or null
 * @param partId         the part of that decision, or null
 * @param toBody         the body it goes to, or null when the minutes name none (a further report "to a future
 *                       meeting")
 * @param subject        what it is about, or null when the minutes state it only in the words of the decision that
 *                       made it (that decision's part, by {@code resolutionId} and {@code partId}, is published too)
 * @param dueMeetingDate the meeting a further report is due at, or null
 */
public record SentOn(String actionId, String resolutionId, String partId, String toBody, String subject,
                     LocalDate dueMeetingDate) {
}
