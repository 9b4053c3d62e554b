package org.minutebook.query.attendance;

import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.MemberLeftEarly;
import org.minutebook.events.attendance.OfficerAttended;
import org.minutebook.events.attendance.SubstituteRecorded;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.minutebook.query.record.MeetingStory.BENTLEY;
import static org.minutebook.query.record.MeetingStory.FRYER;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.WELSH;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** The attendance register: a row per person per meeting, in the capacity recorded, in the order recorded. */
class AttendanceRegisterTest {

    private final AttendanceRegister register = new AttendanceRegister();

    @Test
    void everyCapacityIsARowInTheOrderTheAttendanceWasRecorded() {
        List<AttendanceRow> rows = register.rowsOf(ofAMeeting().then(scheduled(), opened(),
                new MemberAttended(MEETING, FRYER),
                new ApologyRecorded(MEETING, WELSH, "Unwell"),
                new SubstituteRecorded(MEETING, new Person("orton", "Cllr Orton"), new Person("welsh", null, null)),
                new OfficerAttended(MEETING, new Person("jane", "Jane Moore"), "Director of Children's Services"),
                new GuestAttended(MEETING, new Person(null, "Cllr Russell"), "Deputy City Mayor")).record());

        assertThat(rows).extracting(AttendanceRow::attendedAs)
                .containsExactly(Capacity.PRESENT, Capacity.APOLOGIES, Capacity.SUBSTITUTE, Capacity.OFFICER,
                        Capacity.OTHER);
        assertThat(rows).extracting(row -> row.where().order()).containsExactly(0, 1, 2, 3, 4);
        assertThat(rows.get(1).reason()).isEqualTo("Unwell");
        assertThat(rows.get(2).forMember().id()).isEqualTo("welsh");
        assertThat(rows.get(3).role()).isEqualTo("Director of Children's Services");
        assertThat(rows.get(4).capacity()).isEqualTo("Deputy City Mayor");
    }

    @Test
    void mrsFryerInTheChairIsPresentThoughTheListNamesHerOnlyAsChair() {
        List<AttendanceRow> rows = register.rowsOf(ofAMeeting().then(scheduled(), opened(),
                new MemberAttended(MEETING, BENTLEY), new ApologyRecorded(MEETING, WELSH, null)).record());

        assertThat(rows).extracting(row -> row.person().id(), AttendanceRow::attendedAs)
                .containsExactly(tuple("fryer", Capacity.PRESENT), tuple("bentley", Capacity.PRESENT),
                        tuple("welsh", Capacity.APOLOGIES));
        assertThat(rows).extracting(row -> row.where().order()).containsExactly(0, 1, 2);
        assertThat(AttendanceRate.of(rows.subList(0, 1), java.util.Set.of(MEETING)).present()).isEqualTo(1);
    }

    @Test
    void aMemberWhoArrivedLateAndLeftEarlySaysDuringWhichItems() {
        List<AttendanceRow> rows = register.rowsOf(ofAMeeting().then(scheduled(), item("26", 1), item("28", 2),
                opened(), new MemberAttended(MEETING, BENTLEY), new MemberAttended(MEETING, FRYER),
                new MemberArrivedLate(MEETING, new Person(null, "mr. i. e. g.  bentley cc"), "item-26"),
                new MemberLeftEarly(MEETING, new Person("bentley", "Mr Bentley"), "item-28")).record());

        assertThat(rows.get(0).arrivedLateAt()).isEqualTo("item-26");
        assertThat(rows.get(0).leftEarlyAt()).isEqualTo("item-28");
        assertThat(rows.get(1).arrivedLateAt()).isNull();
    }
}
