package org.minutebook.reader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Pages that run together what a printed page keeps apart — a comma dropped between two members, the chair's office
 * after a comma — read as the minutes meant them, never as a name the council does not have. Each story is a
 * made-up council's monthly meeting, printed as an Irish county council prints it.
 */
class ReadingWhatPagesRunTogetherTest {

    @Test
    void twoMembersWhoseCommaThePageDroppedAreTwoMembers() {
        PublishedMinutes page = borsetshireMonthlyMeeting("""
                PRESIDING: Councillor Jim Bell, Cathaoirleach.

                MEMBERS PRESENT: Councillors – Anne Dillon Gallagher, Mick Cahill,
                Paul Conway, Sean Fallon Frank Kelleher, Donncha Mac Gleannáin, Victor Kearns.
                """);

        assertThat(names(page, Attendee.Present.class)).contains("Councillor Sean Fallon", "Councillor Frank Kelleher",
                        "Councillor Anne Dillon Gallagher", "Councillor Donncha Mac Gleannáin")
                .doesNotContain("Councillor Sean Fallon Frank Kelleher");
    }

    @Test
    void anOfficePrintedBeforeAMembersNameIsNoSecondMember() {
        PublishedMinutes page = borsetshireMonthlyMeeting("""
                MEMBERS PRESENT: Councillors – Mick Cahill, Deputy Mayor James Lester, Paul Conway, Victor Kearns.
                """);

        assertThat(names(page, Attendee.Present.class)).contains("Deputy Mayor James Lester")
                .doesNotContain("Councillor Deputy Mayor", "Councillor James Lester", "James Lester");
    }

    @Test
    void fourWordsAreOneNameWhereTheListGivesNoOtherToCompare() {
        PublishedMinutes page = borsetshireMonthlyMeeting("""
                MEMBERS PRESENT: Councillors Mary Ellen Rose Kavanagh and Joe Burke.
                """);

        assertThat(names(page, Attendee.Present.class)).as("one other name shows nothing of the list's names")
                .contains("Councillor Mary Ellen Rose Kavanagh");
    }

    @Test
    void theChairsOfficeAfterACommaStaysWithTheChair() {
        PublishedMinutes page = borsetshireMonthlyMeeting("""
                PRESIDING: Councillor Jim Bell, Mayor.

                MEMBERS PRESENT: Councillors – Mick Cahill, Paul Conway, Victor Kearns.
                """);

        assertThat(page.meeting().chair().name()).isEqualTo("Councillor Jim Bell");
        assertThat(page.meeting().chair().role()).isEqualTo("Mayor");
    }

    @Test
    void aPrintedPageStoppingOnACutWordIsCutShortThoughBlankLinesFollow() {
        PublishedMinutes page = MinutesReader.read("""
                MINUTES
                Ordinary Council Meeting held in the Council Chambers, Borsetshire on Wednesday 22 November 2017 commencing at 6.00pm.

                PRESENT

                Councillors Jo Carter, Dan King (Mayor), Sue Fenn and Toni Wright.

                1 APOLOGIES

                Nil

                2 MINUTES 162/17

                RESOLVED (Cr Fenn/Cr Carter)

                That the Minutes of the Ordinary Meeting held on 25 October, 2017 be confirmed.

                UNANIMOU


                """);

        assertThat(page.items()).extracting(Item::cutOff).as("the page stops in the word UNANIMOUSLY")
                .containsExactly(false, true);
    }

    @Test
    void aCouncilResolvingToApproveTheMinutesConfirmsThemAsARESOLVEDDoes() {
        PublishedMinutes page = borsetshireMonthlyMeeting("""
                MEMBERS PRESENT: Councillors – Mick Cahill, Paul Conway, Victor Kearns.
                """, """
                1. VOTES OF SYMPATHY
                A vote of sympathy was extended to the family of the late Tom Forrest.

                2. MINUTES
                Council resolved to approve the minutes of the ordinary meeting held on 11 July 2013.

                3. MINUTES OF THE SPECIAL MEETING
                RESOLVED The minutes of the special meeting held on 2 August 2013 be approved.
                """);

        assertThat(page.items().subList(1, 3)).allSatisfy(item -> {
            assertThat(item.facts()).hasOnlyElementsOfType(ItemFact.MinutesConfirmed.class).hasSize(1);
        });
        assertThat(page.items().subList(1, 3)).extracting(item -> ((ItemFact.MinutesConfirmed) item.facts().get(0))
                .meetingDate().toString()).containsExactly("2013-07-11", "2013-08-02");
    }

    @Test
    void aNumberAloneAtThePagesFootIsTheAgendasListNotAnItem() {
        PublishedMinutes page = MinutesReader.read("""
                Agenda and draft minutes

                Borsetshire Health and Wellbeing Board
                Thursday, 18th April, 2019 10.00 am

                Items
                No. Item

                1.

                Apologies for Absence

                Minutes:

                Apologies for absence were received from Mr D Blake.

                2.

                Disclosures of Interest

                Members are invited to disclose any disclosable pecuniary interest, which comprises

                1          Details of any employment, office, trade, profession or vocation carried on for profit or gain.

                6
                """);

        assertThat(page.items()).extracting(Item::number).containsExactly("1", "2");
        assertThat(page.items().get(1).cutOff()).as("the page stops in the second item").isTrue();
    }

    /** Borsetshire County Council's February monthly meeting, these lists under its heading, one item after them. */
    @Test
    void aNumberedTitleBeforeItsLetteredPartsOnOneLineIsTheTitleAndANumberRunIntoItsWordIsApart() {
        PublishedMinutes page = MinutesReader.read("""
                Borsetshire Parish Commissioners Statutory Meeting Tuesday 20th January 2015 at 7.30 pm

                12/15 Matters Arising out of the Minutes. a) The Clerk reported on the notice board.

                13/15 Planning Applications. a) No Planning Matters.

                14/15 Correspondence. a) Letter from Mr Grey about the weekly planning lists.
                """);
        PublishedMinutes runInto = MinutesReader.read("""
                Minutes of the meeting of Borsetshire Harbour Trust held on Thursday 11 February 2016
                1.Declarations of Interest
                None.
                2.Finance Report
                The Trust is close to a break even position.
                3.Moorings
                Letters have been sent.
                """);

        assertThat(page.items()).extracting(Item::number, Item::title).containsExactly(
                tuple("12/15", "Matters Arising out of the Minutes"), tuple("13/15", "Planning Applications"),
                tuple("14/15", "Correspondence"));
        assertThat(runInto.items()).extracting(Item::number, Item::title).containsExactly(
                tuple("1", "Declarations of Interest"), tuple("2", "Finance Report"), tuple("3", "Moorings"));
    }

    private static PublishedMinutes borsetshireMonthlyMeeting(String lists) {
        return borsetshireMonthlyMeeting(lists, """
                1. VOTES OF SYMPATHY
                A vote of sympathy was extended to the family of the late Tom Forrest.
                """);
    }

    /** The same meeting, these lists under its heading, these items after them. */
    private static PublishedMinutes borsetshireMonthlyMeeting(String lists, String items) {
        return MinutesReader.read("""
                BORSETSHIRE COUNTY COUNCIL

                Minutes of February Monthly Meeting of Borsetshire County Council

                held in the Council Chamber, County Buildings, Borchester on

                Wednesday, 19th February 2014 at 4.00 p.m.

                """ + lists + "\n" + items);
    }

    private static List<String> names(PublishedMinutes page, Class<? extends Attendee> kind) {
        return page.attendance().stream().filter(kind::isInstance).map(attendee -> attendee.person().name()).toList();
    }
}
