package org.minutebook.events.sitting;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.AttendanceMode;
import org.minutebook.events.declarations.InterestCategory;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leicestershire's Children and Families Overview and Scrutiny Committee, 2 November 2021, items 28 to 42, Mrs
 * H. J. Fryer CC in the Chair: who presides and who is present at each item, whatever order the minutes were
 * drafted in.
 */
class SittingTest {

    private static final Person FRYER = new Person("fryer", "Mrs. H. J. Fryer CC");
    private static final Person KAUFMAN = new Person("kaufman", "Mr. J. Kaufman CC");
    private static final Person BENTLEY = new Person("bentley", "Mr. T. Bentley CC");
    private static final Person FELTHAM = new Person("feltham", "Mrs. R. Feltham CC");
    private static final Person COLE = new Person("cole", "Councillor Cole");
    private static final List<AgendaOrder.Place> ITEMS_28_TO_42 = IntStream.rangeClosed(28, 42)
            .mapToObj(number -> new AgendaOrder.Place("item-" + number, null, number - 27, Integer.toString(number)))
            .toList();

    private static Sitting.Facts held() {
        return new Sitting.Facts().opened(FRYER).attended(FRYER, AttendanceMode.IN_PERSON)
                .attended(KAUFMAN, AttendanceMode.IN_PERSON).attended(BENTLEY, AttendanceMode.IN_PERSON);
    }

    private static Sitting inOrder(Sitting.Facts facts) {
        return facts.inAgendaOrder(ITEMS_28_TO_42, false);
    }

    @Test
    @DisplayName("Mr Kaufman took the chair from item 40, recorded last: Mrs Fryer still presided at item 38")
    void theChairAtEachItemIsWhoeverTookItFromTheLatestItemNotAfterIt() {
        Sitting sitting = inOrder(held().chairTaken(KAUFMAN, "item-40"));

        assertThat(sitting.presiding("item-28")).isEqualTo(FRYER);
        assertThat(sitting.presiding("item-38")).isEqualTo(FRYER);
        assertThat(sitting.presiding("item-40")).isEqualTo(KAUFMAN);
        assertThat(sitting.presiding("item-42")).isEqualTo(KAUFMAN);
    }

    @Test
    @DisplayName("The chair changes twice, recorded out of order: Mr Kaufman for items 33 to 35, Mrs Fryer from 36")
    void changesOfChairAreReadInAgendaOrderNotInRecordingOrder() {
        Sitting sitting = inOrder(held().chairTaken(FRYER, "item-36").chairTaken(KAUFMAN, "item-33"));

        assertThat(sitting.presiding("item-32")).isEqualTo(FRYER);
        assertThat(sitting.presiding("item-34")).isEqualTo(KAUFMAN);
        assertThat(sitting.presiding("item-36")).isEqualTo(FRYER);
    }

    @Test
    @DisplayName("Who left during item 38 is present for it and absent from item 39; who arrived during 30, the reverse")
    void arrivalsAndDeparturesCountFromTheItemDuringWhichTheyHappened() {
        Sitting sitting = inOrder(held().left(BENTLEY, "item-38").arrived(KAUFMAN, "item-30"));

        assertThat(sitting.absence(BENTLEY, "item-38")).isEmpty();
        assertThat(sitting.absence(BENTLEY, "item-39")).contains(new Absence(Absence.Why.LEFT_EARLIER, "item-38"));
        assertThat(sitting.absence(KAUFMAN, "item-29")).contains(new Absence(Absence.Why.ARRIVED_LATER, "item-30"));
        assertThat(sitting.absence(KAUFMAN, "item-30")).isEmpty();
    }

    @Test
    @DisplayName("Mr Bentley left the room for item 37, having declared an interest: absent from 37 only")
    void leavingTheRoomForAnItemIsAbsenceFromThatItem() {
        Sitting sitting = inOrder(held().declared(BENTLEY, "item-37", InterestCategory.OTHER_REGISTRABLE, true,
                false, null));

        assertThat(sitting.absence(BENTLEY, "item-37")).contains(new Absence(Absence.Why.LEFT_THE_ROOM, "item-37"));
        assertThat(sitting.absence(BENTLEY, "item-38")).isEmpty();
        assertThat(sitting.present("item-37")).hasValueSatisfying(present -> assertThat(present)
                .containsExactly(FRYER, KAUFMAN));
    }

    @Test
    @DisplayName("A pecuniary interest without a dispensation bars the vote; with one, it does not; nor does a general declaration")
    void aPecuniaryInterestWithoutDispensationBarsTheVoteOnItsItemAndItsParts() {
        List<AgendaOrder.Place> withParts = List.of(new AgendaOrder.Place("item-37", null, 1, "37"),
                new AgendaOrder.Place("item-37a", "item-37", 2, "37(a)"), new AgendaOrder.Place("item-38", null, 3,
                        "38"));
        Sitting sitting = held()
                .declared(BENTLEY, "item-37", InterestCategory.DISCLOSABLE_PECUNIARY, false, false, null)
                .declared(KAUFMAN, "item-37", InterestCategory.DISCLOSABLE_PECUNIARY, false, false,
                        "granted by the Monitoring Officer on 1 October 2021")
                .declared(FRYER, null, InterestCategory.DISCLOSABLE_PECUNIARY, false, false, null)
                .inAgendaOrder(withParts, false);

        assertThat(sitting.bar(BENTLEY, "item-37a"))
                .contains(new Bar(Bar.Why.INTEREST_WITHOUT_DISPENSATION, "item-37"));
        assertThat(sitting.bar(BENTLEY, "item-38")).isEmpty();
        assertThat(sitting.bar(KAUFMAN, "item-37")).isEmpty();
        assertThat(sitting.bar(FRYER, "item-37")).isEmpty();
        assertThat(sitting.entitledToVote("item-37")).hasValue(2);
    }

    @Test
    @DisplayName("Mrs Feltham attended remotely: present in law only where the standing orders count it")
    void remoteAttendanceIsPresenceOnlyWhereTheCommitteeCountsIt() {
        Sitting.Facts facts = held().attended(FELTHAM, AttendanceMode.REMOTE)
                .attended(COLE, AttendanceMode.IN_ATTENDANCE);

        Sitting england = facts.inAgendaOrder(ITEMS_28_TO_42, false);
        Sitting wales = facts.inAgendaOrder(ITEMS_28_TO_42, true);

        assertThat(england.absence(FELTHAM, "item-30")).contains(new Absence(Absence.Why.ATTENDING_REMOTELY, null));
        assertThat(wales.absence(FELTHAM, "item-30")).isEmpty();
        assertThat(england.absence(COLE, "item-30")).contains(new Absence(Absence.Why.IN_ATTENDANCE_ONLY, null));
        assertThat(england.present("item-30")).hasValueSatisfying(present -> assertThat(present).hasSize(3));
        assertThat(wales.present("item-30")).hasValueSatisfying(present -> assertThat(present).hasSize(4));
    }

    @Test
    @DisplayName("With no PRESENT list (001 names only a substitute), anyone but those who apologised takes part")
    void withoutAPresentListAnyoneNotApologisingIsPresentAndNothingIsCounted() {
        Sitting sitting = inOrder(new Sitting.Facts().substituted(KAUFMAN, AttendanceMode.IN_PERSON)
                .apologised(COLE));

        assertThat(sitting.absence(BENTLEY, "item-30")).isEmpty();
        assertThat(sitting.absence(COLE, "item-30")).contains(new Absence(Absence.Why.APOLOGISED, null));
        assertThat(sitting.present("item-30")).isEmpty();
        assertThat(sitting.entitledToVote("item-30")).isEmpty();
    }

    @Test
    @DisplayName("With a PRESENT list, someone not on it is not present, but whoever presides is")
    void onlyThoseListedAndWhoeverPresidesArePresent() {
        Sitting sitting = inOrder(new Sitting.Facts().opened(FRYER).attended(KAUFMAN, AttendanceMode.IN_PERSON));

        assertThat(sitting.absence(FELTHAM, "item-30")).contains(new Absence(Absence.Why.NOT_RECORDED_PRESENT, null));
        assertThat(sitting.absence(FRYER, "item-30")).isEmpty();
        assertThat(sitting.present("item-30")).hasValueSatisfying(present -> assertThat(present)
                .containsExactly(KAUFMAN, FRYER));
    }
}
