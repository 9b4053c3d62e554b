package org.minutebook.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who attended, under any heading that names attendance, as small made-up pages of a council that does not exist:
 * the heading over one member a line, a table's cell beside its list, a plural title taken by each member in the
 * singular, the chair marked in brackets, a substitute named in a sentence. Rule: {@code attendance-under-any-heading}.
 */
class ReadingAttendanceUnderAnyHeadingTest {

    private static final String HEAD = """
            Dunmore Town Council
            Minutes of the meeting of the Town Council held on Tuesday 7 March 2023 at 7.00 pm

            """;
    private static final String ITEMS = """

            1. Apologies for Absence
            None were received.

            2. Play Area
            RESOLVED that the quotation be accepted.
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Committee Members:", "Members Present", "Councillors Present:", "Present Members:",
        "Those attending:", "COUNCILLORS PRESENT:", "Members attending:"})
    void membersUnderAHeadingThatNamesTheirAttendanceArePresentAndTheChairIsMarked(String heading) {
        PublishedMinutes page = MinutesReader.read(HEAD + heading + "\nCllr A Moss (Chairman)\nCllr B Reid\nCllr C Shaw\n"
                + ITEMS);

        assertThat(present(page)).containsExactly("Cllr A Moss", "Cllr B Reid", "Cllr C Shaw");
        assertThat(page.meeting().chair().name()).isEqualTo("Cllr A Moss");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"COUNCILLORS PRESENT: | Councillors Moss (Chairman), Reid and Shaw |",
        "Present Members: Councillors Moss (Chairman), Reid and Shaw"})
    void aListBesideItsHeadingIsOnePersonANameEachTakingThePluralTitle(String line) {
        PublishedMinutes page = MinutesReader.read(HEAD + line + "\n" + ITEMS);

        assertThat(present(page)).containsExactly("Councillor Moss", "Councillor Reid", "Councillor Shaw");
        assertThat(page.meeting().chair().name()).isEqualTo("Councillor Moss");
    }

    @Test
    void aMemberPresentAsSubstituteMemberForAnotherStoodInForThem() {
        PublishedMinutes page = MinutesReader.read(HEAD + "Present: Cllr A Moss (Chairman), Cllr B Reid\n\n"
                + "1. Substitutes\nCllr T Vale was present as Substitute Member for Cllr G Orr.\n\n"
                + "2. Play Area\nRESOLVED that the quotation be accepted.\n");

        assertThat(page.attendance()).filteredOn(Attendee.Substitute.class::isInstance)
                .map(Attendee.Substitute.class::cast)
                .singleElement().satisfies(substitute -> {
                    assertThat(substitute.person().name()).isEqualTo("Cllr T Vale");
                    assertThat(substitute.forMember().name()).isEqualTo("Cllr G Orr");
                });
    }

    @Test
    void attendanceRunOnInFlattenedTextEndsAtTheNextSectionAndMarksWhoCameLateAndWhoStoodIn() {
        PublishedMinutes page = MinutesReader.read("Kelbrook Town Council Minutes of the meeting of the Town Council "
                + "held on Monday 6 November 2023 at 7.00 pm Councillors Present: Councillors Hart (Chairman), Lowe, "
                + "Nash and Price (arrived at 7.10pm) Also present: Mrs J King (Clerk) Cllr T Vale was present as "
                + "Substitute Member for Cllr G Orr. 1. APOLOGIES FOR ABSENCE Apologies were received from Cllr G "
                + "Orr. 2. ALLOTMENT RENTS RESOLVED that the rents be held at £45 a plot for 2024. The meeting closed "
                + "at 8.05 pm.\n");

        assertThat(present(page)).containsExactly("Councillor Hart", "Councillor Lowe", "Councillor Nash",
                "Councillor Price");
        assertThat(page.meeting().chair().name()).isEqualTo("Councillor Hart");
        assertThat(page.attendance()).filteredOn(Attendee.Substitute.class::isInstance)
                .map(Attendee.Substitute.class::cast)
                .singleElement().satisfies(substitute -> {
                    assertThat(substitute.person().name()).isEqualTo("Cllr T Vale");
                    assertThat(substitute.forMember().name()).isEqualTo("Cllr G Orr");
                });
        assertThat(page.attendance()).filteredOn(Attendee.Guest.class::isInstance)
                .extracting(attendee -> attendee.person().name()).containsExactly("Mrs J King");
        assertThat(page.items().get(0).facts()).filteredOn(ItemFact.LateArrival.class::isInstance)
                .map(fact -> ((ItemFact.LateArrival) fact).member().name()).containsExactly("Councillor Price");
    }

    @Test
    void councillorsOfAnotherTierAreEachOnePersonWithTheirTitle() {
        PublishedMinutes page = MinutesReader.read(HEAD + "Present: Cllr A Moss (Chairman), Cllr B Reid\n\n"
                + "1. Apologies for Absence\nApologies were received from County Councillor Mark Whittington, "
                + "District Councillor Pamela Bosworth and Cllr C Shaw.\n\n"
                + "2. Play Area\nRESOLVED that the quotation be accepted.\n");

        assertThat(page.attendance()).filteredOn(Attendee.Apology.class::isInstance)
                .extracting(attendee -> attendee.person().name())
                .containsExactly("County Councillor Mark Whittington", "District Councillor Pamela Bosworth",
                        "Cllr C Shaw");
    }

    @Test
    void apologiesUnderALabelMisspeltAsTheVerbAreApologiesNotSomeonePresent() {
        PublishedMinutes page = MinutesReader.read(HEAD + """
                Present Mrs A Moss (Chairman)
                Mr B Reid
                Apologise Mr C Shaw
                Ms D Tate
                In attendance Mr E Wren (Clerk)
                """ + ITEMS);

        assertThat(present(page)).containsExactly("Mrs A Moss", "Mr B Reid");
        assertThat(page.attendance()).filteredOn(Attendee.Apology.class::isInstance)
                .extracting(attendee -> attendee.person().name()).containsExactly("Mr C Shaw", "Ms D Tate");
    }

    @Test
    void oneWhoAttendedInAnAbsentMembersPlaceStoodInAndABodyAfterAMembersNameIsTheirs() {
        PublishedMinutes page = MinutesReader.read(HEAD + """
                Present: Mr A Moss (Chairman), Ms B Reid

                1. Apologies for Absence
                Apologies for absence were received from Mr C Shaw (Mr D Tate, Medical Director attended in his absence), Mr E Wren and Ms F Lamb, NHS England.
                """);

        assertThat(page.attendance()).filteredOn(Attendee.Substitute.class::isInstance)
                .extracting(attendee -> attendee.person().name() + " for "
                        + ((Attendee.Substitute) attendee).forMember().name()).containsExactly("Mr D Tate for Mr C Shaw");
        assertThat(page.attendance()).filteredOn(Attendee.Apology.class::isInstance)
                .extracting(attendee -> attendee.person().name() + " / " + attendee.person().role())
                .as("NHS England is Ms Lamb's body, not a member absent")
                .containsExactly("Mr C Shaw / null", "Mr E Wren / null", "Ms F Lamb / NHS England");
    }

    @Test
    void listsGroupedByTheMembersKindNameEachMemberOnceAndAnOfficesLettersAreNoOne() {
        PublishedMinutes page = MinutesReader.read("""
                BORSETSHIRE DRAINAGE BOARD
                MINUTES OF THE FULL BOARD MEETING
                MONDAY 13th MAY 2019
                PRESENT: Ratepayer Members: Mr Moss (Ch) Mr Reid Mr Shaw (VCh) Appointed Members: Cllr Tate
                Co-opted Members: Members Present: 4
                APOLOGIES: Ratepayer Members: Mr Wren Appointed Members: Co-opted Members:
                IN ATTENDANCE: Officers: Mr Lamb – Chief Executive (CEO) Mrs Kirk – Board Secretary (Minutes)
                """ + ITEMS);

        assertThat(present(page)).containsExactly("Mr Moss", "Mr Reid", "Mr Shaw", "Cllr Tate");
        assertThat(page.meeting().chair().name()).as("(Ch) marks the chair").isEqualTo("Mr Moss");
        assertThat(page.attendance()).filteredOn(Attendee.Apology.class::isInstance)
                .extracting(attendee -> attendee.person().name()).containsExactly("Mr Wren");
        assertThat(page.attendance()).filteredOn(Attendee.Officer.class::isInstance)
                .extracting(attendee -> attendee.person().name() + " (" + attendee.person().role() + ")")
                .containsExactly("Mr Lamb (Chief Executive)", "Mrs Kirk (Board Secretary)");
    }

    private static List<String> present(PublishedMinutes page) {
        return page.attendance().stream().filter(Attendee.Present.class::isInstance)
                .map(attendee -> attendee.person().name()).toList();
    }
}
