package org.minutebook.command.attendance;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.AttendanceMode;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.MemberLeftEarly;
import org.minutebook.events.attendance.OfficerAttended;
import org.minutebook.events.attendance.SubstituteRecorded;

import java.util.List;

import static org.minutebook.command.meetings.TheMinutes.CFOSC_18_NOV_2020;
import static org.minutebook.command.meetings.TheMinutes.COLE;
import static org.minutebook.command.meetings.TheMinutes.CYPE_EARLY_2025;
import static org.minutebook.command.meetings.TheMinutes.CYPS_29_SEP_2020;
import static org.minutebook.command.meetings.TheMinutes.FELTHAM;
import static org.minutebook.command.meetings.TheMinutes.FRYER;
import static org.minutebook.command.meetings.TheMinutes.GREGG;
import static org.minutebook.command.meetings.TheMinutes.KAUFMAN;
import static org.minutebook.command.meetings.TheMinutes.ORTON;
import static org.minutebook.command.meetings.TheMinutes.RAE_BHATIA;

/**
 * Who was there. Councillor Cole's apology at Leicester's special meeting of 29 September 2020; "Apologies were
 * received from Cllr Rae Bhatia. Cllr Orton substituted." in early 2025; the PRESENT list of Leicestershire's
 * committee of 18 November 2020, Mrs. H. J. Fryer CC in the Chair.
 */
class AttendanceRulesTest {

    private static final MeetingStory SPECIAL_MEETING = CYPS_29_SEP_2020;
    private static final MeetingStory COMMISSION_2025 = CYPE_EARLY_2025;
    private static final MeetingStory LEICESTERSHIRE = CFOSC_18_NOV_2020;
    private static final Person DEPUTY_CITY_MAYOR =
            new Person(null, "Deputy City Mayor (Social Care and Anti-Poverty)");

    private final FixtureConfiguration<Meeting> fixture = COMMISSION_2025.fixture();

    // --- what each command records

    @Test
    @DisplayName("Mrs. H. J. Fryer CC is present")
    void recordAttendance() {
        List<Object> given = LEICESTERSHIRE.inSession();
        fixture.given(given)
                .when(new RecordAttendance(LEICESTERSHIRE.id(), FRYER, null))
                .expectEvents(LEICESTERSHIRE.attended(FRYER));
    }

    @Test
    @DisplayName("\"An apology for absence was received from Councillor Cole.\"")
    void recordApology() {
        fixture.given(SPECIAL_MEETING.inSession())
                .when(new RecordApology(SPECIAL_MEETING.id(), COLE, null, null))
                .expectEvents(coleSentApologies());
    }

    @Test
    @DisplayName("\"Apologies were received from Cllr Rae Bhatia. Cllr Orton substituted.\"")
    void recordSubstitute() {
        fixture.given(COMMISSION_2025.inSession())
                .andGiven(bhatiaSentApologies())
                .when(new RecordSubstitute(COMMISSION_2025.id(), ORTON, RAE_BHATIA, null))
                .expectEvents(ortonSubstitutesForBhatia());
    }

    @Test
    @DisplayName("Jason Tyler, Democratic Support Officer, attends the special meeting")
    void recordOfficerAttendance() {
        Person jasonTyler = new Person(null, "Jason Tyler");
        fixture.given(SPECIAL_MEETING.inSession())
                .when(new RecordOfficerAttendance(SPECIAL_MEETING.id(), jasonTyler, "Democratic Support Officer", null))
                .expectEvents(new OfficerAttended(SPECIAL_MEETING.id(), jasonTyler, "Democratic Support Officer"));
    }

    @Test
    @DisplayName("The Deputy City Mayor attends to open comments on the Adoption and Fostering reports")
    void recordGuestAttendance() {
        fixture.given(SPECIAL_MEETING.inSession())
                .when(new RecordGuestAttendance(SPECIAL_MEETING.id(), DEPUTY_CITY_MAYOR, "Executive member", null))
                .expectEvents(new GuestAttended(SPECIAL_MEETING.id(), DEPUTY_CITY_MAYOR, "Executive member"));
    }

    @Test
    @DisplayName("attendance-already-recorded: Jason Tyler, Democratic Support Officer, is in attendance once")
    void attendanceAlreadyRecorded_anOfficer() {
        Person jasonTyler = new Person(null, "Jason Tyler");
        fixture.given(SPECIAL_MEETING.inSession())
                .andGiven(new OfficerAttended(SPECIAL_MEETING.id(), jasonTyler, "Democratic Support Officer"))
                .when(new RecordOfficerAttendance(SPECIAL_MEETING.id(), jasonTyler, "Democratic Support Officer", null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("attendance-already-recorded").at("officer"));
    }

    @Test
    @DisplayName("Mr. J. Kaufman CC, on the PRESENT list, arrived during item 26")
    void recordLateArrival() {
        fixture.given(LEICESTERSHIRE.inSessionWith(KAUFMAN))
                .when(new RecordLateArrival(LEICESTERSHIRE.id(), KAUFMAN, LEICESTERSHIRE.item("26"), null))
                .expectEvents(new MemberArrivedLate(LEICESTERSHIRE.id(), KAUFMAN, LEICESTERSHIRE.item("26")));
    }

    @Test
    @DisplayName("Cllr Orton, present by name alone, arrived late as \"CLLR  ORTON\": the same person to every rule")
    void recordLateArrivalOfAMemberNamedWithoutAnId() {
        Person arrived = new Person(null, "CLLR  ORTON");
        fixture.given(LEICESTERSHIRE.inSessionWith(new Person(null, "Cllr Orton")))
                .when(new RecordLateArrival(LEICESTERSHIRE.id(), arrived, LEICESTERSHIRE.item("26"), null))
                .expectEvents(new MemberArrivedLate(LEICESTERSHIRE.id(), arrived, LEICESTERSHIRE.item("26")));
    }

    @Test
    @DisplayName("Mr. J. Kaufman CC left during item 29")
    void recordEarlyDeparture() {
        fixture.given(LEICESTERSHIRE.inSessionWith(KAUFMAN))
                .when(new RecordEarlyDeparture(LEICESTERSHIRE.id(), KAUFMAN, LEICESTERSHIRE.item("29"), null))
                .expectEvents(kaufmanLeftDuring("29"));
    }

    // --- the rules

    @Test
    @DisplayName("present-and-absent: Dr. R. K. A. Feltham CC, recorded present, sends no apologies")
    void presentAndAbsent_apologyFromAMemberRecordedPresent() {
        fixture.given(LEICESTERSHIRE.inSessionWith(FELTHAM))
                .when(new RecordApology(LEICESTERSHIRE.id(), FELTHAM, "Unwell", null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("present-and-absent").at("member"))
                .expectExceptionMessage("Dr. R. K. A. Feltham CC cannot be both present and absent with apologies");
    }

    @Test
    @DisplayName("present-and-absent: Councillor Cole, who sent apologies, is not then recorded present")
    void presentAndAbsent_attendanceOfAMemberWhoSentApologies() {
        fixture.given(SPECIAL_MEETING.inSession())
                .andGiven(coleSentApologies())
                .when(new RecordAttendance(SPECIAL_MEETING.id(), COLE, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("present-and-absent").at("member"));
    }

    @Test
    @DisplayName("present-and-absent: Cllr Orton, there as Cllr Rae Bhatia's substitute, sends no apologies")
    void presentAndAbsent_apologyFromASubstitutePresent() {
        fixture.given(COMMISSION_2025.inSession())
                .andGiven(bhatiaSentApologies(), ortonSubstitutesForBhatia())
                .when(new RecordApology(COMMISSION_2025.id(), ORTON, null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("present-and-absent").at("member"));
    }

    @Test
    @DisplayName("present-and-absent: Cllr Gregg, absent with apologies, does not stand in for Cllr Rae Bhatia")
    void presentAndAbsent_substituteWhoSentApologies() {
        fixture.given(COMMISSION_2025.inSession())
                .andGiven(bhatiaSentApologies(), new ApologyRecorded(COMMISSION_2025.id(), GREGG, null))
                .when(new RecordSubstitute(COMMISSION_2025.id(), GREGG, RAE_BHATIA, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("present-and-absent").at("substitute"));
    }

    @Test
    @DisplayName("substitute-without-apology: Cllr Orton substitutes only once Cllr Rae Bhatia's apologies are in")
    void substituteWithoutApology() {
        fixture.given(COMMISSION_2025.inSession())
                .when(new RecordSubstitute(COMMISSION_2025.id(), ORTON, RAE_BHATIA, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("substitute-without-apology").at("forMember"));
    }

    @Test
    @DisplayName("substitute-for-non-member: Councillor Cole is not on the 2025 commission; nobody stands in for him")
    void substituteForNonMember() {
        fixture.given(COMMISSION_2025.inSession())
                .andGiven(new ApologyRecorded(COMMISSION_2025.id(), COLE, null))
                .when(new RecordSubstitute(COMMISSION_2025.id(), ORTON, COLE, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("substitute-for-non-member").at("forMember"))
                .expectExceptionMessage("Councillor Cole is not a member of committee leicester-cyp on 25 February 2025");
    }

    @Test
    @DisplayName("member-already-substituted: Cllr Orton already stands in for Cllr Rae Bhatia")
    void memberAlreadySubstituted() {
        fixture.given(COMMISSION_2025.inSession())
                .andGiven(bhatiaSentApologies(), ortonSubstitutesForBhatia())
                .when(new RecordSubstitute(COMMISSION_2025.id(), COLE, RAE_BHATIA, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("member-already-substituted").at("forMember"));
    }

    @Test
    @DisplayName("attendance-already-recorded: Mrs. H. J. Fryer CC is on the PRESENT list once")
    void attendanceAlreadyRecorded() {
        fixture.given(LEICESTERSHIRE.inSessionWith(FRYER))
                .when(new RecordAttendance(LEICESTERSHIRE.id(), FRYER, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("attendance-already-recorded").at("member"));
    }

    @Test
    @DisplayName("apology-already-recorded: Councillor Cole's apology is recorded once")
    void apologyAlreadyRecorded() {
        fixture.given(SPECIAL_MEETING.inSession())
                .andGiven(coleSentApologies())
                .when(new RecordApology(SPECIAL_MEETING.id(), COLE, null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("apology-already-recorded").at("member"))
                .expectExceptionMessage("Councillor Cole's apologies are already recorded");
    }

    @Test
    @DisplayName("member-not-present: Councillor Cole, absent with apologies, cannot leave the meeting early")
    void memberNotPresent() {
        fixture.given(SPECIAL_MEETING.inSession())
                .andGiven(coleSentApologies())
                .when(new RecordEarlyDeparture(SPECIAL_MEETING.id(), COLE, SPECIAL_MEETING.item("covid-19"), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("member-not-present").at("member"));
    }

    @Test
    @DisplayName("member-already-left: Mr. J. Kaufman CC, gone during item 29, does not leave again during item 30")
    void memberAlreadyLeft() {
        fixture.given(LEICESTERSHIRE.inSessionWith(KAUFMAN))
                .andGiven(kaufmanLeftDuring("29"))
                .when(new RecordEarlyDeparture(LEICESTERSHIRE.id(), KAUFMAN, LEICESTERSHIRE.item("30"), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("member-already-left").at("member"));
    }

    @Test
    @DisplayName("Dr. R. K. A. Feltham CC attended remotely (\"Present, virtual\")")
    void recordRemoteAttendance() {
        fixture.given(LEICESTERSHIRE.inSession())
                .when(new RecordAttendance(LEICESTERSHIRE.id(), FELTHAM, AttendanceMode.REMOTE, null))
                .expectEvents(new MemberAttended(LEICESTERSHIRE.id(), FELTHAM, AttendanceMode.REMOTE));
    }

    @Test
    @DisplayName("substitute-in-attendance: Cllr Orton stands in for Cllr Rae Bhatia as a member, not merely in attendance")
    void substituteInAttendance() {
        fixture.given(COMMISSION_2025.inSession())
                .andGiven(bhatiaSentApologies())
                .when(new RecordSubstitute(COMMISSION_2025.id(), ORTON, RAE_BHATIA, AttendanceMode.IN_ATTENDANCE,
                        null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("substitute-in-attendance").at("mode"));
    }

    private static ApologyRecorded coleSentApologies() {
        return new ApologyRecorded(SPECIAL_MEETING.id(), COLE, null);
    }

    private static ApologyRecorded bhatiaSentApologies() {
        return new ApologyRecorded(COMMISSION_2025.id(), RAE_BHATIA, null);
    }

    private static SubstituteRecorded ortonSubstitutesForBhatia() {
        return new SubstituteRecorded(COMMISSION_2025.id(), ORTON, RAE_BHATIA);
    }

    private static MemberLeftEarly kaufmanLeftDuring(String item) {
        return new MemberLeftEarly(LEICESTERSHIRE.id(), KAUFMAN, LEICESTERSHIRE.item(item));
    }
}
