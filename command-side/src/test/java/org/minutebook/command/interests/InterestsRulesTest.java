package org.minutebook.command.interests;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.events.Person;
import org.minutebook.events.interests.DispensationCorrected;
import org.minutebook.events.interests.DispensationGranted;
import org.minutebook.events.interests.GiftOrHospitalityCorrected;
import org.minutebook.events.interests.GiftOrHospitalityRegistered;
import org.minutebook.events.interests.InterestAmended;
import org.minutebook.events.interests.InterestRegistered;
import org.minutebook.events.interests.RegisterCategory;
import org.minutebook.events.interests.RegisterOfInterestsOpened;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Councillor Deborah Taylor's register of interests with Leicestershire County Council: a directorship registered in
 * May 2021, amended when she left the board, a dinner she was given, and the Standards Committee's dispensation to
 * vote on the council tax, both corrected by the monitoring officer.
 */
class InterestsRulesTest {

    private static final String COUNCIL = "Leicestershire County Council";
    private static final String TAYLOR = "deborah-taylor";
    private static final String REGISTER = "interests.leicestershire-county-council.deborah-taylor";
    private static final LocalDate REGISTERED = LocalDate.of(2021, 5, 20);
    private static final String DIRECTOR = "Director, Glenfield Homes Ltd";
    private static final String DINNER = "Dinner at the Leicestershire Chamber of Commerce annual awards";
    private static final String COUNCIL_TAX = "To speak and vote on the setting of the council tax";
    private static final Person MONITORING_OFFICER = new Person("lauren-haslam", "Lauren Haslam, Monitoring Officer");

    private FixtureConfiguration<RegisterOfInterests> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RegisterOfInterests.class);
        fixture.registerInjectableResource(CouncilScope.NOT_CHECKED);
    }

    // --- what each command records

    @Test
    @DisplayName("Her first entry opens her register: a directorship, registered on 20 May 2021")
    void registerInterest() {
        fixture.givenNoPriorActivity()
                .when(directorship())
                .expectEvents(opened(), directorshipRegistered());
    }

    @Test
    void registeringTheSameEntryAgainRecordsNothingNew() {
        fixture.given(opened(), directorshipRegistered())
                .when(directorship())
                .expectNoEvents();
    }

    @Test
    @DisplayName("She left the board on 31 March 2023: from 3 April the register says so")
    void amendInterest() {
        fixture.given(opened(), directorshipRegistered())
                .when(new AmendInterest(null, TAYLOR, COUNCIL, null, "glenfield",
                        RegisterCategory.EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION, DIRECTOR, null,
                        LocalDate.of(2023, 3, 31), false, LocalDate.of(2023, 4, 3), "Resigned from the board"))
                .expectEvents(new InterestAmended(REGISTER, "glenfield",
                        RegisterCategory.EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION, DIRECTOR, null,
                        LocalDate.of(2023, 3, 31), false, LocalDate.of(2023, 4, 3), "Resigned from the board"));
    }

    @Test
    @DisplayName("Dinner at the Chamber of Commerce awards, from East Midlands Airport, £85")
    void registerGiftOrHospitality() {
        fixture.given(opened(), directorshipRegistered())
                .when(new RegisterGiftOrHospitality(null, TAYLOR, COUNCIL, null, "dinner",
                        "Dinner at the Leicestershire Chamber of Commerce annual awards", "East Midlands Airport",
                        new BigDecimal("85"), LocalDate.of(2022, 10, 6), null))
                .expectEvents(new GiftOrHospitalityRegistered(REGISTER, "dinner",
                        "Dinner at the Leicestershire Chamber of Commerce annual awards", "East Midlands Airport",
                        new BigDecimal("85"), LocalDate.of(2022, 10, 6), null));
    }

    @Test
    @DisplayName("The Standards Committee lets her vote on the council tax until May 2025")
    void grantDispensation() {
        fixture.given(opened(), directorshipRegistered())
                .when(councilTax(LocalDate.of(2025, 5, 1)))
                .expectEvents(new DispensationGranted(REGISTER, "council-tax", "Standards Committee",
                        "To speak and vote on the setting of the council tax", LocalDate.of(2021, 6, 1),
                        LocalDate.of(2025, 5, 1), null));
    }

    @Test
    @DisplayName("The dinner was entered at £85; the airport's letter says £58: corrected, the entry reads £58")
    void correctGiftOrHospitality() {
        fixture.given(opened(), dinnerRegistered())
                .when(dinnerCorrected(new BigDecimal("58")))
                .expectEvents(new GiftOrHospitalityCorrected(REGISTER, "dinner",
                        new GiftOrHospitalityRegistered(REGISTER, "dinner", DINNER, "East Midlands Airport",
                                new BigDecimal("58"), LocalDate.of(2022, 10, 6), null),
                        "The donor's letter gives £58", MONITORING_OFFICER));
    }

    @Test
    @DisplayName("The council-tax dispensation was granted by the monitoring officer, not the Standards Committee")
    void correctDispensation() {
        fixture.given(opened(), councilTaxGranted())
                .when(councilTaxCorrected("Monitoring Officer", LocalDate.of(2025, 5, 1)))
                .expectEvents(new DispensationCorrected(REGISTER, "council-tax",
                        new DispensationGranted(REGISTER, "council-tax", "Monitoring Officer", COUNCIL_TAX,
                                LocalDate.of(2021, 6, 1), LocalDate.of(2025, 5, 1), null),
                        "Granted under delegated powers", MONITORING_OFFICER));
    }

    // --- the rules

    @Test
    void onlyAGiftInTheRegisterIsCorrected() {
        fixture.given(opened(), directorshipRegistered())
                .when(dinnerCorrected(new BigDecimal("58")))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("entry-not-registered").at("entryId"));
    }

    @Test
    void aCorrectionMustChangeTheEntry() {
        fixture.given(opened(), dinnerRegistered())
                .when(dinnerCorrected(new BigDecimal("85")))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("entry-correction-changes-nothing").at("entryId"));
    }

    @Test
    @DisplayName("A corrected dispensation is still a dispensation: at most four years from June 2021")
    void aCorrectedDispensationLastsAtMostFourYears() {
        fixture.given(opened(), councilTaxGranted())
                .when(councilTaxCorrected("Standards Committee", LocalDate.of(2025, 6, 1)))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("dispensation-over-four-years").at("until"));
    }

    @Test
    void anEntryGivenAgainWithOtherDetailsIsRefused() {
        fixture.given(opened(), directorshipRegistered())
                .when(new RegisterInterest(null, TAYLOR, COUNCIL, "Councillor Deborah Taylor", "glenfield", null,
                        "Director, Glenfield Homes Ltd and its subsidiaries", null, null, REGISTERED, false))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("entry-already-registered").at("entryId"));
    }

    @Test
    void anInterestCannotEndBeforeItBegins() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInterest(null, TAYLOR, COUNCIL, null, "shares", RegisterCategory.SECURITIES,
                        "Shares in Everards Brewery", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), null, false))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("entry-ends-before-it-begins").at("until"));
    }

    @Test
    void onlyAnInterestInTheRegisterIsAmended() {
        fixture.given(opened(), directorshipRegistered())
                .when(new AmendInterest(null, TAYLOR, COUNCIL, null, "allotment", RegisterCategory.LAND,
                        "Allotment, Quorn", null, null, false, LocalDate.of(2023, 4, 3), null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("entry-not-registered").at("entryId"));
    }

    @Test
    void anInterestIsNotAmendedFromBeforeItWasRegistered() {
        fixture.given(opened(), directorshipRegistered())
                .when(new AmendInterest(null, TAYLOR, COUNCIL, null, "glenfield", null, DIRECTOR, null, null, false,
                        LocalDate.of(2021, 1, 1), null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("amended-before-registered").at("asOf"));
    }

    @Test
    void anAmendmentMustChangeTheEntry() {
        fixture.given(opened(), directorshipRegistered())
                .when(new AmendInterest(null, TAYLOR, COUNCIL, null, "glenfield",
                        RegisterCategory.EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION, DIRECTOR, null, null, false,
                        LocalDate.of(2023, 4, 3), null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("amendment-changes-nothing").at("description"));
    }

    @Test
    @DisplayName("A dispensation lasts at most four years (s.33(3)): until June 2025 is too long from June 2021")
    void aDispensationLastsAtMostFourYears() {
        fixture.given(opened(), directorshipRegistered())
                .when(councilTax(LocalDate.of(2025, 6, 1)))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("dispensation-over-four-years").at("until"));
    }

    @Test
    void aRegisterOfMoreThanTwoThousandEntriesTakesAnother() {
        List<Object> long_ = new ArrayList<>(List.of(opened()));
        for (int entry = 0; entry < 2_001; entry++) {
            long_.add(new GiftOrHospitalityRegistered(REGISTER, "gift-" + entry, "A box of chocolates", null, null,
                    null, null));
        }
        fixture.given(long_)
                .when(directorship())
                .expectEvents(directorshipRegistered());
    }

    private static RegisterInterest directorship() {
        return new RegisterInterest(null, TAYLOR, COUNCIL, "Councillor Deborah Taylor", "glenfield",
                RegisterCategory.EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION, DIRECTOR, null, null, REGISTERED,
                null);
    }

    private static GrantDispensation councilTax(LocalDate until) {
        return new GrantDispensation(null, TAYLOR, COUNCIL, null, "council-tax", "Standards Committee",
                "To speak and vote on the setting of the council tax", LocalDate.of(2021, 6, 1), until, null);
    }

    private static CorrectGiftOrHospitality dinnerCorrected(BigDecimal value) {
        return new CorrectGiftOrHospitality(null, TAYLOR, COUNCIL, null, "dinner", DINNER, "East Midlands Airport",
                value, LocalDate.of(2022, 10, 6), null, "The donor's letter gives £58", MONITORING_OFFICER);
    }

    private static GiftOrHospitalityRegistered dinnerRegistered() {
        return new GiftOrHospitalityRegistered(REGISTER, "dinner", DINNER, "East Midlands Airport",
                new BigDecimal("85"), LocalDate.of(2022, 10, 6), null);
    }

    private static CorrectDispensation councilTaxCorrected(String grantedBy, LocalDate until) {
        return new CorrectDispensation(null, TAYLOR, COUNCIL, null, "council-tax", grantedBy, COUNCIL_TAX,
                LocalDate.of(2021, 6, 1), until, null, "Granted under delegated powers", MONITORING_OFFICER);
    }

    private static DispensationGranted councilTaxGranted() {
        return new DispensationGranted(REGISTER, "council-tax", "Standards Committee", COUNCIL_TAX,
                LocalDate.of(2021, 6, 1), LocalDate.of(2025, 5, 1), null);
    }

    private static RegisterOfInterestsOpened opened() {
        return new RegisterOfInterestsOpened(REGISTER, COUNCIL, new Person(TAYLOR, "Councillor Deborah Taylor"));
    }

    private static InterestRegistered directorshipRegistered() {
        return new InterestRegistered(REGISTER, "glenfield",
                RegisterCategory.EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION, DIRECTOR, null, null, REGISTERED,
                false);
    }
}
