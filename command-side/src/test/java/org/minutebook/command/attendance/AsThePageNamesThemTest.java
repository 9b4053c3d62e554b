package org.minutebook.command.attendance;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.EarlierAbsenceApologised;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.SubstituteRecorded;
import org.minutebook.command.kernel.MeetingState;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import static org.minutebook.command.meetings.TheMinutes.CYPE_EARLY_2025;
import static org.minutebook.command.meetings.TheMinutes.CYPS_29_SEP_2020;
import static org.minutebook.command.meetings.TheMinutes.GREGG;
import static org.minutebook.command.meetings.TheMinutes.MOHIT_SHARMA;
import static org.minutebook.command.meetings.TheMinutes.ORTON;
import static org.minutebook.command.meetings.TheMinutes.RAE_BHATIA;

/** People as the pages name them: by name without an id, by office, a substitute for someone not named. */
class AsThePageNamesThemTest {

    private static final MeetingStory EARLY_2025 = CYPE_EARLY_2025;

    @Test
    @DisplayName("001: \"Cllr Orton substituted\" — for whom, the page does not say, and neither does the record")
    void aSubstituteForSomeoneNotNamed() {
        EARLY_2025.fixture().given(EARLY_2025.inSession())
                .andGiven(new ApologyRecorded(EARLY_2025.id(), RAE_BHATIA, null))
                .when(new RecordSubstitute(EARLY_2025.id(), ORTON, null, null))
                .expectEvents(new SubstituteRecorded(EARLY_2025.id(), ORTON, null));
    }

    @Test
    @DisplayName("001: \"Cllr Gregg apologised for being absent for the previous two meetings\"")
    void anApologyForEarlierAbsences() {
        EARLY_2025.fixture().given(EARLY_2025.inSession())
                .when(new RecordEarlierAbsenceApology(EARLY_2025.id(), GREGG,
                        "for being absent for the previous two meetings", null))
                .expectEvents(new EarlierAbsenceApologised(EARLY_2025.id(), GREGG,
                        "for being absent for the previous two meetings"));
    }

    @Test
    @DisplayName("present-and-absent: Mr Mohit Sharma, named without an id, is not recorded both present and absent")
    void presentAndAbsent_aPersonWithoutAnId() {
        List<Object> given = CYPS_29_SEP_2020.inSession();
        given.add(new MemberAttended(CYPS_29_SEP_2020.id(), MOHIT_SHARMA));
        CYPS_29_SEP_2020.fixture().given(given)
                .when(new RecordApology(CYPS_29_SEP_2020.id(), new Person(null, "Mr  Mohit Sharma"), null, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("present-and-absent").at("member"));
    }

    @Test
    @DisplayName("\"Cllr Greg\" and \"Cllr Gregg\" stay as written: two mentions, not the same person by name")
    void spellingsStayAsWritten() {
        List<Object> given = EARLY_2025.inSession();
        given.add(new ApologyRecorded(EARLY_2025.id(), new Person(null, "Cllr Greg"), null));
        EARLY_2025.fixture().given(given)
                .when(new RecordAttendance(EARLY_2025.id(), new Person(null, "Cllr Gregg"), null))
                .expectEvents(new MemberAttended(EARLY_2025.id(), new Person(null, "Cllr Gregg")));
    }

    @Test
    @DisplayName("001 lists nobody present, yet Councillor Dr Moore declares: where no PRESENT list is recorded, those"
            + " not absent take part")
    void withoutAPresentListTheMembersNotAbsentTakePart() {
        Attendance attendance = new Attendance(new MeetingState(), null);
        attendance.on(new ApologyRecorded(EARLY_2025.id(), RAE_BHATIA, null));
        attendance.on(new SubstituteRecorded(EARLY_2025.id(), ORTON, null));

        assertThat(attendance.takesPart(new Person(null, "Councillor Dr Moore")))
                .isTrue();
        assertThat(attendance.takesPart(RAE_BHATIA)).isFalse();
        attendance.on(new MemberAttended(EARLY_2025.id(), GREGG));
        assertThat(attendance.takesPart(new Person(null, "Councillor Dr Moore")))
                .as("once a PRESENT list is recorded, only those on it").isFalse();
    }
}
