package org.minutebook.command.interests;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.events.interests.DispensationCorrected;
import org.minutebook.events.interests.DispensationGranted;
import org.minutebook.events.interests.GiftOrHospitalityCorrected;
import org.minutebook.events.interests.GiftOrHospitalityRegistered;
import org.minutebook.events.interests.InterestAmended;
import org.minutebook.events.interests.InterestRegistered;
import org.minutebook.events.interests.InterestsEvent;
import org.minutebook.events.interests.RegisterOfInterestsOpened;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member's register of interests with one council: interests, gifts and hospitality, dispensations, each entry by
 * its id. The register is opened by its first entry; every entry a command gives again, alike, records nothing new.
 */
@Aggregate(cache = "registerCache")
class RegisterOfInterests {

    /** A dispensation lasts at most four years (Localism Act 2011 s.33(3)). */
    private static final int DISPENSATION_YEARS = 4;

    @AggregateIdentifier
    private String registerId;
    private String council;
    /** Each entry as it reads now: as registered, as last amended (an interest) or as last corrected. */
    private final Map<String, InterestsEvent> entries = new HashMap<>();

    protected RegisterOfInterests() {
        // rebuilt from its events
    }

    /** Every command to the register is its council's. */
    @CommandHandlerInterceptor
    void withinCouncilScope(InterestsCommand command, CouncilScope councils) {
        councils.requireServedCouncil(council != null ? council : command.council());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterInterest command) {
        requireInOrder(command.from(), command.until(), "until");
        register(command, new InterestRegistered(command.registerId(), command.entryId(), command.category(),
                command.description(), command.from(), command.until(), command.registeredOn(), command.sensitive()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterGiftOrHospitality command) {
        register(command, new GiftOrHospitalityRegistered(command.registerId(), command.entryId(),
                command.description(), command.donor(), command.value(), command.receivedOn(), command.registeredOn()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GrantDispensation command) {
        requireDispensationDates(command.from(), command.until());
        register(command, new DispensationGranted(command.registerId(), command.entryId(), command.grantedBy(),
                command.forWhat(), command.from(), command.until(), command.registeredOn()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CorrectGiftOrHospitality command) {
        GiftOrHospitalityRegistered registered = registered(GiftOrHospitalityRegistered.class, command,
                "gift or hospitality");
        GiftOrHospitalityRegistered corrected = new GiftOrHospitalityRegistered(registerId, registered.entryId(),
                command.description(), command.donor(), command.value(), command.receivedOn(), command.registeredOn());
        requireChanged(registered, corrected);
        apply(new GiftOrHospitalityCorrected(registerId, registered.entryId(), corrected, command.reason(),
                command.correctedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CorrectDispensation command) {
        DispensationGranted registered = registered(DispensationGranted.class, command, "dispensation");
        requireDispensationDates(command.from(), command.until());
        DispensationGranted corrected = new DispensationGranted(registerId, registered.entryId(),
                command.grantedBy(), command.forWhat(), command.from(), command.until(), command.registeredOn());
        requireChanged(registered, corrected);
        apply(new DispensationCorrected(registerId, registered.entryId(), corrected, command.reason(),
                command.correctedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AmendInterest command) {
        InterestRegistered entry = registered(InterestRegistered.class, command, "interest");
        requireInOrder(command.from(), command.until(), "until");
        if (entry.registeredOn() != null && command.asOf().isBefore(entry.registeredOn())) {
            throw InterestsRules.AMENDED_BEFORE_REGISTERED.broken("The interest was registered on "
                    + entry.registeredOn() + ": it cannot read otherwise from " + command.asOf()).at("asOf");
        }
        InterestRegistered amended = new InterestRegistered(registerId, entry.entryId(), command.category(),
                command.description(), command.from(), command.until(), entry.registeredOn(), command.sensitive());
        if (amended.equals(entry)) {
            throw InterestsRules.AMENDMENT_CHANGES_NOTHING.broken("The interest already reads so").at("description");
        }
        apply(new InterestAmended(registerId, command.entryId(), command.category(), command.description(),
                command.from(), command.until(), command.sensitive(), command.asOf(), command.reason()));
    }

    /** Opens the register with its first entry; an entry given again alike records nothing. */
    private void register(InterestsCommand command, InterestsEvent entry) {
        String entryId = EntryIds.of(entry);
        InterestsEvent registered = entries.get(entryId);
        if (registered != null) {
            if (!registered.equals(entry)) {
                throw InterestsRules.ENTRY_ALREADY_REGISTERED.broken("Entry " + entryId
                        + " is already in the register with other details").at("entryId");
            }
            return;
        }
        if (registerId == null) {
            apply(new RegisterOfInterestsOpened(command.registerId(), command.council(), command.member()));
        }
        apply(entry);
    }

    /** The entry of the kind the command names, as it reads now; refused when the register holds no such entry. */
    private <T extends InterestsEvent> T registered(Class<T> kind, InterestsCommand command, String what) {
        String entryId = command.entryId();
        if (!kind.isInstance(entries.get(entryId))) {
            throw InterestsRules.ENTRY_NOT_REGISTERED.broken("No " + what + " " + entryId + " is in the register of "
                    + command.memberId() + " with " + command.council()).at("entryId");
        }
        return kind.cast(entries.get(entryId));
    }

    private static void requireChanged(InterestsEvent registered, InterestsEvent corrected) {
        if (corrected.equals(registered)) {
            throw InterestsRules.CORRECTION_CHANGES_NOTHING.broken("The entry already reads so: a correction"
                    + " changes it").at("entryId");
        }
    }

    private static void requireDispensationDates(LocalDate from, LocalDate until) {
        requireInOrder(from, until, "until");
        if (from != null && until != null && !until.isBefore(from.plusYears(DISPENSATION_YEARS))) {
            throw InterestsRules.DISPENSATION_OVER_FOUR_YEARS.broken("A dispensation may be granted for at most four"
                    + " years (Localism Act 2011 s.33(3)): from " + from + " it ends before "
                    + from.plusYears(DISPENSATION_YEARS)).at("until");
        }
    }

    private static void requireInOrder(LocalDate from, LocalDate until, String field) {
        if (from != null && until != null && until.isBefore(from)) {
            throw InterestsRules.ENTRY_ENDS_BEFORE_IT_BEGINS.broken("It begins on " + from + ", after " + until)
                    .at(field);
        }
    }

    @EventSourcingHandler
    void on(RegisterOfInterestsOpened event) {
        registerId = event.registerId();
        council = event.council();
    }

    @EventSourcingHandler
    void on(InterestRegistered event) {
        entries.put(event.entryId(), event);
    }

    @EventSourcingHandler
    void on(InterestAmended event) {
        InterestRegistered entry = (InterestRegistered) entries.get(event.entryId());
        entries.put(event.entryId(), new InterestRegistered(registerId, entry.entryId(), event.category(),
                event.description(), event.from(), event.until(), entry.registeredOn(), event.sensitive()));
    }

    @EventSourcingHandler
    void on(GiftOrHospitalityRegistered event) {
        entries.put(event.entryId(), event);
    }

    @EventSourcingHandler
    void on(DispensationGranted event) {
        entries.put(event.entryId(), event);
    }

    @EventSourcingHandler
    void on(GiftOrHospitalityCorrected event) {
        entries.put(event.entryId(), event.corrected());
    }

    @EventSourcingHandler
    void on(DispensationCorrected event) {
        entries.put(event.entryId(), event.corrected());
    }
}
