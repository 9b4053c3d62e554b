package org.minutebook.events.interests;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A gift or hospitality in a member's register was corrected: it was entered wrongly ("estimated value £85" should
 * have read £58, or the donor was misnamed). The entry is given whole, as it should always have read; what it read
 * before stays in the register's history, and the register as recorded before the correction still shows it.
 *
 * @param registerId the register
 * @param entryId the entry corrected
 * @param corrected the entry whole, as it now reads (its register and entry ids are those of the correction)
 * @param reason why, as the monitoring officer notes it
 * @param correctedBy who corrected it
 */
@EventVersion(1)
public record GiftOrHospitalityCorrected(
        String registerId,
        String entryId,
        GiftOrHospitalityRegistered corrected,
        String reason,
        Person correctedBy) implements InterestsEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
