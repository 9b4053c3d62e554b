package org.minutebook.events.interests;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A dispensation in a member's register was corrected: it was entered wrongly (granted by the monitoring officer,
 * not the Standards Committee; until May 2027, not 2025). The dispensation is given whole, as it should always have
 * read; what it read before stays in the register's history, and the register as recorded before the correction
 * still shows it.
 *
 * @param registerId the register
 * @param entryId the dispensation corrected
 * @param corrected the dispensation whole, as it now reads (its register and entry ids are those of the correction)
 * @param reason why, as the monitoring officer notes it
 * @param correctedBy who corrected it
 */
@EventVersion(1)
public record DispensationCorrected(
        String registerId,
        String entryId,
        DispensationGranted corrected,
        String reason,
        Person correctedBy) implements InterestsEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
