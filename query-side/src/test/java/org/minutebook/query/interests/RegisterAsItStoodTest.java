package org.minutebook.query.interests;

import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.interests.DispensationCorrected;
import org.minutebook.events.interests.DispensationGranted;
import org.minutebook.events.interests.InterestAmended;
import org.minutebook.events.interests.InterestRegistered;
import org.minutebook.events.interests.InterestsEvent;
import org.minutebook.events.interests.RegisterCategory;
import org.minutebook.events.interests.RegisterOfInterestsOpened;

import java.time.Instant;
import java.time.LocalDate;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Councillor Taylor's register: a directorship registered in May 2021 and ended in March 2023, shares registered as
 * a sensitive interest, and a dispensation until May 2025, corrected in April 2023; read as it stood on several
 * days.
 */
class RegisterAsItStoodTest {

    private static final String REGISTER = "interests.leicestershire-county-council.deborah-taylor";
    private static final Instant RECORDED = Instant.parse("2021-05-21T09:00:00Z");
    private static final Instant AMENDED = Instant.parse("2023-04-04T09:00:00Z");

    private final StoredRegister register = fold(
            new RegisterOfInterestsOpened(REGISTER, "Leicestershire County Council",
                    new Person("deborah-taylor", "Councillor Deborah Taylor")),
            new InterestRegistered(REGISTER, "glenfield", RegisterCategory.EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION,
                    "Director, Glenfield Homes Ltd", null, null, LocalDate.of(2021, 5, 20), false),
            new InterestRegistered(REGISTER, "shares", RegisterCategory.SECURITIES, "Shares in a security firm",
                    null, null, null, true),
            new DispensationGranted(REGISTER, "council-tax", "Standards Committee", "Council tax", null,
                    LocalDate.of(2025, 5, 1), LocalDate.of(2021, 6, 1)),
            new InterestAmended(REGISTER, "glenfield", RegisterCategory.EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION,
                    "Director, Glenfield Homes Ltd", null, LocalDate.of(2023, 3, 31), false, LocalDate.of(2023, 4, 3),
                    "Resigned from the board"),
            new DispensationCorrected(REGISTER, "council-tax", new DispensationGranted(REGISTER, "council-tax",
                    "Monitoring Officer", "Council tax", null, LocalDate.of(2025, 5, 1), LocalDate.of(2021, 6, 1)),
                    "Granted under delegated powers", new Person("lauren-haslam", "Lauren Haslam")));

    @Test
    void beforeItsFirstEntryWasRegisteredTheRegisterHeldNothing() {
        RegisterAsItStood stood = RegisterAsItStood.of(register, LocalDate.of(2021, 5, 19), null, true);

        assertThat(stood.interests()).isEmpty();
        assertThat(stood.dispensations()).isEmpty();
    }

    @Test
    void inJune2022TheDirectorshipIsCurrentAndTheDispensationHolds() {
        RegisterAsItStood stood = RegisterAsItStood.of(register, LocalDate.of(2022, 6, 1), null, true);

        assertThat(stood.interests()).extracting(RegisterAsItStood.InterestRow::entryId)
                .containsExactly("glenfield", "shares");
        assertThat(stood.interests().get(0).until()).isNull();
        assertThat(stood.dispensations()).extracting(StoredRegister.Dispensation::entryId).containsExactly("council-tax");
    }

    @Test
    void fromTheAmendmentTheDirectorshipHasEndedAndLeavesTheRegisterTheDayAfter() {
        assertThat(RegisterAsItStood.of(register, LocalDate.of(2023, 3, 31), null, true).interests().get(0).until())
                .isNull();
        assertThat(RegisterAsItStood.of(register, LocalDate.of(2023, 4, 3), null, true).interests())
                .extracting(RegisterAsItStood.InterestRow::entryId).containsExactly("shares");
    }

    @Test
    void asRecordedBeforeTheAmendmentTheDirectorshipStillStoodInApril2023() {
        RegisterAsItStood stood = RegisterAsItStood.of(register, LocalDate.of(2023, 4, 10),
                AMENDED.minusSeconds(60), true);

        assertThat(stood.interests()).extracting(RegisterAsItStood.InterestRow::entryId).contains("glenfield");
    }

    @Test
    void anEntryWithoutADayOfRegistrationStandsFromTheDayItWasRecorded() {
        assertThat(RegisterAsItStood.of(register, LocalDate.of(2021, 5, 20), null, true).interests())
                .extracting(RegisterAsItStood.InterestRow::entryId).containsExactly("glenfield");
        assertThat(RegisterAsItStood.of(register, LocalDate.of(2021, 5, 21), null, true).interests())
                .extracting(RegisterAsItStood.InterestRow::entryId).containsExactly("glenfield", "shares");
    }

    @Test
    void theSensitiveInterestShowsToThePublicWithoutItsDetails() {
        RegisterAsItStood.InterestRow shares = RegisterAsItStood.of(register, LocalDate.of(2022, 6, 1), null, false)
                .interests().get(1);

        assertThat(shares.sensitive()).isTrue();
        assertThat(shares.description()).isNull();
        assertThat(shares.category()).isNull();
        assertThat(shares.withheld()).contains("section 32");
    }

    @Test
    void theDispensationHasExpiredAfterMay2025() {
        assertThat(RegisterAsItStood.of(register, LocalDate.of(2025, 5, 2), null, true).dispensations()).isEmpty();
    }

    @Test
    void theCorrectedDispensationReadsAsCorrectedAndAsRecordedBeforeItsCorrectionAsItReadThen() {
        RegisterAsItStood corrected = RegisterAsItStood.of(register, LocalDate.of(2022, 6, 1), null, false);
        RegisterAsItStood before = RegisterAsItStood.of(register, LocalDate.of(2022, 6, 1),
                AMENDED.minusSeconds(60), false);

        assertThat(corrected.dispensations()).singleElement().satisfies(dispensation -> {
            assertThat(dispensation.grantedBy()).isEqualTo("Monitoring Officer");
            assertThat(dispensation.correction().reason()).isEqualTo("Granted under delegated powers");
            assertThat(dispensation.correction().correctedAt()).isEqualTo(AMENDED);
        });
        assertThat(before.dispensations()).singleElement().satisfies(dispensation -> {
            assertThat(dispensation.grantedBy()).isEqualTo("Standards Committee");
            assertThat(dispensation.correction()).isNull();
        });
    }

    private static StoredRegister fold(InterestsEvent... events) {
        StoredRegister register = StoredRegister.empty(REGISTER);
        long sequence = 0;
        for (InterestsEvent event : events) {
            Instant at = event instanceof InterestAmended || event instanceof DispensationCorrected ? AMENDED
                    : RECORDED;
            register = event.accept(new RegisterFolding(register, sequence++, at));
        }
        return register;
    }

}
