package org.minutebook.query.interests;

import org.minutebook.events.Person;
import org.minutebook.events.interests.DispensationCorrected;
import org.minutebook.events.interests.DispensationGranted;
import org.minutebook.events.interests.GiftOrHospitalityCorrected;
import org.minutebook.events.interests.GiftOrHospitalityRegistered;
import org.minutebook.events.interests.InterestAmended;
import org.minutebook.events.interests.InterestRegistered;
import org.minutebook.events.interests.InterestsEvent;
import org.minutebook.events.interests.RegisterOfInterestsOpened;

import java.time.Instant;
import java.util.List;

/** How each event of a register changes the register the read model keeps. */
final class RegisterFolding implements InterestsEvent.Visitor<StoredRegister> {

    private final StoredRegister register;
    private final long sequenceNumber;
    private final Instant recordedAt;

    RegisterFolding(StoredRegister register, long sequenceNumber, Instant recordedAt) {
        this.register = register;
        this.sequenceNumber = sequenceNumber;
        this.recordedAt = recordedAt;
    }

    @Override
    public StoredRegister on(RegisterOfInterestsOpened event) {
        return register.opened(event.council(), event.member(), sequenceNumber);
    }

    @Override
    public StoredRegister on(InterestRegistered event) {
        return register.with(new StoredRegister.Interest(event.entryId(), event.registeredOn(), recordedAt,
                List.of(new StoredRegister.Reading(null, recordedAt, event.category(), event.description(),
                        event.from(), event.until(), event.sensitive(), null))), sequenceNumber);
    }

    @Override
    public StoredRegister on(InterestAmended event) {
        return register.amended(event.entryId(), new StoredRegister.Reading(event.asOf(), recordedAt,
                event.category(), event.description(), event.from(), event.until(), event.sensitive(),
                event.reason()), sequenceNumber);
    }

    @Override
    public StoredRegister on(GiftOrHospitalityRegistered event) {
        return register.with(new StoredRegister.Gift(event.entryId(), event.description(), event.donor(),
                event.value(), event.receivedOn(), event.registeredOn(), recordedAt, null), sequenceNumber);
    }

    @Override
    public StoredRegister on(DispensationGranted event) {
        return register.with(new StoredRegister.Dispensation(event.entryId(), event.grantedBy(), event.forWhat(),
                event.from(), event.until(), event.registeredOn(), recordedAt, null), sequenceNumber);
    }

    @Override
    public StoredRegister on(GiftOrHospitalityCorrected event) {
        GiftOrHospitalityRegistered corrected = event.corrected();
        StoredRegister.Correction correction = correction(event.reason(), event.correctedBy());
        return register.corrected(event.entryId(), gift -> new StoredRegister.Gift(gift.entryId(),
                corrected.description(), corrected.donor(), corrected.value(), corrected.receivedOn(),
                corrected.registeredOn(), gift.recordedAt(), correction), sequenceNumber);
    }

    @Override
    public StoredRegister on(DispensationCorrected event) {
        DispensationGranted corrected = event.corrected();
        StoredRegister.Correction correction = correction(event.reason(), event.correctedBy());
        return register.correctedDispensation(event.entryId(), held -> new StoredRegister.Dispensation(
                held.entryId(), corrected.grantedBy(), corrected.forWhat(), corrected.from(), corrected.until(),
                corrected.registeredOn(), held.recordedAt(), correction), sequenceNumber);
    }

    private StoredRegister.Correction correction(String reason, Person correctedBy) {
        return new StoredRegister.Correction(recordedAt, reason, correctedBy);
    }
}
