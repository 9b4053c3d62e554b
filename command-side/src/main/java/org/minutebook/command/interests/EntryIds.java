package org.minutebook.command.interests;

import org.minutebook.events.interests.DispensationCorrected;
import org.minutebook.events.interests.DispensationGranted;
import org.minutebook.events.interests.GiftOrHospitalityCorrected;
import org.minutebook.events.interests.GiftOrHospitalityRegistered;
import org.minutebook.events.interests.InterestAmended;
import org.minutebook.events.interests.InterestRegistered;
import org.minutebook.events.interests.InterestsEvent;
import org.minutebook.events.interests.RegisterOfInterestsOpened;

/** The entry an event of a register is about; null for the opening of the register, which is no entry. */
final class EntryIds implements InterestsEvent.Visitor<String> {

    private static final EntryIds ENTRY_IDS = new EntryIds();

    static String of(InterestsEvent event) {
        return event.accept(ENTRY_IDS);
    }

    @Override
    public String on(RegisterOfInterestsOpened event) {
        return null;
    }

    @Override
    public String on(InterestRegistered event) {
        return event.entryId();
    }

    @Override
    public String on(InterestAmended event) {
        return event.entryId();
    }

    @Override
    public String on(GiftOrHospitalityRegistered event) {
        return event.entryId();
    }

    @Override
    public String on(GiftOrHospitalityCorrected event) {
        return event.entryId();
    }

    @Override
    public String on(DispensationGranted event) {
        return event.entryId();
    }

    @Override
    public String on(DispensationCorrected event) {
        return event.entryId();
    }
}
