package org.minutebook.events.interests;

import org.minutebook.events.EventVersion;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A gift or hospitality was entered in a member's register ("Dinner at the Leicestershire Chamber of Commerce annual
 * awards, from East Midlands Airport, estimated value £85").
 *
 * @param registerId the register
 * @param entryId the entry's id within the register
 * @param description the gift or hospitality, in the register's words
 * @param donor who gave it, or null when the register does not say
 * @param value its estimated value in pounds, or null when the register does not give one
 * @param receivedOn the day it was received, or null when the register does not give it
 * @param registeredOn the day the member registered it, or null when the register does not give it
 */
@EventVersion(1)
public record GiftOrHospitalityRegistered(
        String registerId,
        String entryId,
        String description,
        String donor,
        BigDecimal value,
        LocalDate receivedOn,
        LocalDate registeredOn) implements InterestsEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
