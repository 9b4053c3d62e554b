package org.minutebook.events.interests;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * A member was granted a dispensation to take part in business in which they have a disclosable pecuniary interest
 * (Localism Act 2011 s.33): "granted by the Standards Committee to speak and vote on the setting of council tax,
 * until the annual meeting of May 2027".
 *
 * @param registerId the register
 * @param entryId the dispensation's id within the register
 * @param grantedBy who granted it (the standards committee, the monitoring officer), or null when not stated
 * @param forWhat the business it covers, in the words granted
 * @param from the first day it holds, or null when not stated
 * @param until the last day it holds (at most four years), or null when not stated
 * @param registeredOn the day it was entered in the register, or null when not stated
 */
@EventVersion(1)
public record DispensationGranted(
        String registerId,
        String entryId,
        String grantedBy,
        String forWhat,
        LocalDate from,
        LocalDate until,
        LocalDate registeredOn) implements InterestsEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
