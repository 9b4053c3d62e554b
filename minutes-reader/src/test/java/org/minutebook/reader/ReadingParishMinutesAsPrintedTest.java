package org.minutebook.reader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How small councils print their minutes, each a made-up page of a parish that does not exist: a clerk listed
 * among the members, the chair's office printed before their name, apologies as bare names, minutes confirmed
 * subject to a correction, "the Annual Parish Council Meeting", read as a clerk would read them.
 */
class ReadingParishMinutesAsPrintedTest {

    @Test
    void theVenueEndsWhereTheFirstItemIsPrintedAboveTheLists() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the Parish Council Meeting held on
                Monday 6 March 2023 at 7.15 p.m. in the Reading Room
                1) Chairman
                The Chairman welcomed Councillors and members of the public
                2) Present:
                In the Chair R.Aldridge, B.Tucker and J.Snell (clerk).
                3) Planning
                No applications had been received.
                """);

        assertThat(page.meeting().venue()).isEqualTo("the Reading Room");
    }

    @Test
    void aClerkListedAmongTheMembersPresentIsTheCouncilsOfficer() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the Parish Council Meeting held on Monday 6 March 2023 at 7.30 pm in the Reading Room
                Present:
                In the Chair R.Aldridge, B.Tucker, E.Grundy and J.Snell (clerk).

                1. Planning
                No applications had been received.
                """);

        assertThat(names(page, Attendee.Present.class)).containsExactly("R.Aldridge", "B.Tucker", "E.Grundy");
        assertThat(names(page, Attendee.Officer.class)).containsExactly("J.Snell");
    }

    @Test
    void theChairsOfficePrintedBeforeTheirNameAtTheHeadOfTheListMarksWhoChaired() {
        PublishedMinutes page = MinutesReader.read("""
                Ambridge Parish Council
                Minutes of the Annual Meeting of the Parish Council held on Thursday 18 May 2023 at 7.00 pm
                Present: Chairman C Wood, Cllr G Mahoney (Vice Chairman), Cllr J Denton, and Mrs J Bratton (Clerk and Responsible Financial Officer)

                1. Apologies for absence
                There were none.
                """);

        assertThat(page.meeting().chair().name()).isEqualTo("Chairman C Wood");
        assertThat(names(page, Attendee.Present.class))
                .containsExactly("Chairman C Wood", "Cllr G Mahoney", "Cllr J Denton");
        assertThat(names(page, Attendee.Officer.class)).containsExactly("Mrs J Bratton");
    }

    @Test
    void apologiesPrintedAsBareNamesUnderTheirItemAreApologies() {
        PublishedMinutes page = ambridgeMeetingOf6March("""
                1. Apologies
                T.Archer, S.Pargetter,L.Snell
                2. Apologies of the Village Hall Trustees
                Apologies were received from Jane Denton & Colin Warby.
                3. Village Hall
                Ruth Archer and David Archer reported on the roof.
                """);

        assertThat(names(page, Attendee.Apology.class))
                .containsExactly("T.Archer", "S.Pargetter", "L.Snell", "Jane Denton", "Colin Warby");
        assertThat(names(page, Attendee.Present.class)).as("names under another item are no one's attendance")
                .containsExactly("Cllr R Aldridge", "Cllr B Tucker", "Cllr E Grundy");
    }

    @Test
    void minutesConfirmedSubjectToACorrectionAreConfirmedWithTheCorrectionNoted() {
        PublishedMinutes page = ambridgeMeetingOf6March("""
                1. Minutes
                The minutes of the meeting held on 6 February 2023 were confirmed as a correct record, subject to the correction of minute 7 which should read Cllr Tucker.
                """);

        Item minutes = page.items().get(0);
        assertThat(minutes.facts()).filteredOn(ItemFact.EarlierMinutesCorrection.class::isInstance)
                .as("the error is noted to the minutes confirmed, not to older minutes").isEmpty();
        ItemFact.MinutesConfirmed confirmed = minutes.facts().stream()
                .filter(ItemFact.MinutesConfirmed.class::isInstance).map(ItemFact.MinutesConfirmed.class::cast)
                .findFirst().orElseThrow();
        assertThat(confirmed.meetingDate()).isEqualTo(java.time.LocalDate.of(2023, 2, 6));
        assertThat(confirmed.correctionsNoted()).containsExactly("minute 7 which should read Cllr Tucker");
    }

    @Test
    void anItemWhoseTitleRunsIntoItsMinuteOnOneLineIsAnItemWithItsMinute() {
        PublishedMinutes page = MinutesReader.read("""
                Ambridge Parish Council
                Minutes of the Annual Meeting of the Parish Council held on Thursday 18 May 2023 at 7.00 pm
                Present: Cllr R Aldridge, Cllr B Tucker, Cllr E Grundy
                1   To Elect the Chairman of the Council and receive the Chairman’s Declaration of Acceptance of Office – Cllr R Aldridge was nominated by Cllr B Tucker for the position of Chairman of the Parish Council.  This was seconded by Cllr E Grundy and was unanimously agreed.  The Chairman signed the Declaration of Acceptance of Office.
                2   To receive apologies for absence – apologies were received from Cllr J Denton.
                3   Correspondence
                A letter from the Rural Community Council was noted.
                """);

        assertThat(page.items()).extracting(Item::number).containsExactly("1", "2", "3");
        assertThat(page.items().get(0).title()).isEqualTo(
                "To Elect the Chairman of the Council and receive the Chairman’s Declaration of Acceptance of Office");
        assertThat(page.items().get(0).minute().get(0).text())
                .startsWith("Cllr R Aldridge was nominated by Cllr B Tucker for the position of Chairman");
    }

    @Test
    void theKindOfMeetingBeforeTheCouncilsTierNamesNoCouncil() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the Annual Parish Council Meeting of
                at 7.00 pm at Ambridge Social Club on Thursday 18 May 2023
                Present: Cllr R Aldridge, Cllr B Tucker

                1. Planning
                No applications had been received.
                """);

        assertThat(page.meeting().council()).as("\"Annual Parish Council\" is a meeting, no council's name")
                .isNotEqualTo("Annual Parish Council");
        assertThat(page.meeting().date()).isEqualTo(java.time.LocalDate.of(2023, 5, 18));
    }

    /** A meeting of Ambridge's parish council, its heading and those present over these items. */
    private static PublishedMinutes ambridgeMeetingOf6March(String items) {
        return MinutesReader.read("""
                Ambridge Parish Council
                Minutes of the Parish Council meeting held on Monday 6 March 2023 at 7.30 pm
                Present: Cllr R Aldridge (Chairman), Cllr B Tucker, Cllr E Grundy

                """ + items);
    }

    private static List<String> names(PublishedMinutes page, Class<? extends Attendee> kind) {
        return page.attendance().stream().filter(kind::isInstance).map(attendee -> attendee.person().name()).toList();
    }
}
