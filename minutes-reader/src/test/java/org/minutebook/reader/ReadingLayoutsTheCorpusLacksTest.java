package org.minutebook.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.events.resolutions.Vote;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Layouts the corpus's real pages show seldom or never, each a small made-up page of a council that does not exist,
 * read as a clerk would read it or kept as words, never given a value it does not state: members listed under their
 * parties, an attendance register of marks, minute numbers with their label or series, lettered items, "Decision:",
 * a decision after its tally in one paragraph, and votes counted in any order.
 */
class ReadingLayoutsTheCorpusLacksTest {

    @Test
    void membersListedUnderTheirPartiesArePresentAndThePartiesAreNot() {
        PublishedMinutes page = read("""
                Wexcombe District Council
                Minutes of the meeting of the Planning Committee held on Wednesday 5 April 2023 at 6.30 pm

                Present:
                Conservative
                Councillor Amy Baker (Chair)
                Councillor Colin Dyer
                Labour
                Councillor Edna Ford
                Liberal Democrat Group
                Councillor Ian Jones

                1. Apologies for Absence
                None.
                """);

        assertThat(names(page, Attendee.Present.class))
                .containsExactly("Councillor Amy Baker", "Councillor Colin Dyer", "Councillor Edna Ford",
                        "Councillor Ian Jones");
    }

    @Test
    void anAttendanceRegisterOfMarksIsReadAsItsListsAndAnAbsenceIsNoApology() {
        PublishedMinutes page = MinutesReader.read("""
                <html><body>
                <h1>Harbury Town Council</h1>
                <h2>Minutes of the meeting of the Finance Committee held on Tuesday 14 March 2023 at 7.00 pm</h2>
                <table>
                <tr><th>Councillor</th><th>Attendance</th></tr>
                <tr><td>Cllr A Brown (Chair)</td><td>P</td></tr>
                <tr><td>Cllr B Green</td><td>P</td></tr>
                <tr><td>Cllr C White</td><td>Ap</td></tr>
                <tr><td>Cllr D Black</td><td>A</td></tr>
                </table>
                <h3>1. Budget 2023/24</h3>
                <p>RESOLVED that the budget be approved.</p>
                </body></html>
                """.getBytes(StandardCharsets.UTF_8), PageFormat.HTML);

        assertThat(names(page, Attendee.Present.class)).containsExactly("Cllr A Brown", "Cllr B Green");
        assertThat(names(page, Attendee.Apology.class)).containsExactly("Cllr C White");
        assertThat(page.attendance()).extracting(attendee -> attendee.person().name())
                .as("an absence the page does not say was apologised for").doesNotContain("Cllr D Black");
        assertThat(page.meeting().chair().name()).isEqualTo("Cllr A Brown");
    }

    @Test
    void minuteNumbersPrintedWithTheirLabelNumberTheItems() {
        PublishedMinutes page = read("""
                Ambridge Parish Council
                Minutes of the Parish Council meeting held on Monday 6 March 2023 at 7.30 pm

                Present: Cllr R Aldridge (Chairman), Cllr B Tucker, Cllr E Grundy

                Min. No. 12. Apologies
                Cllr T Archer.

                Min. No. 13. Declarations of Interest
                None.

                Min. No. 14. Playing Field
                RESOLVED that the quote be accepted.
                """);

        assertThat(page.items()).extracting(Item::number).containsExactly("12", "13", "14");
        assertThat(page.items()).extracting(Item::title)
                .containsExactly("Apologies", "Declarations of Interest", "Playing Field");
    }

    @Test
    void minuteNumbersOfASeriesNumberTheItemsByTheirOwnNumberNotTheYear() {
        PublishedMinutes page = read("""
                Borsetshire County Council
                Cabinet
                Minutes of the meeting held on Thursday 9 November 2023 at 10.00 am

                Present: Councillor P Archer (Leader), Councillor J Grundy

                CAB/23/044 Apologies
                None.

                CAB/23/045 Highways Capital Programme
                Decision: That the programme be approved.
                """);

        assertThat(page.meeting().committee()).isEqualTo("Cabinet");
        assertThat(page.items()).extracting(Item::number).containsExactly("CAB/23/044", "CAB/23/045");
        assertThat(decisions(page.items().get(1))).singleElement()
                .satisfies(decision -> assertThat(decision.parts().get(0).text())
                        .isEqualTo("That the programme be approved."));
    }

    @Test
    void itemsLetteredUnderOneNumberFollowEachOther() {
        PublishedMinutes page = read("""
                Felpersham City Council
                Licensing Committee
                Minutes of the meeting held on 12 January 2024 at 2.00 pm

                Present: Councillors M Rees (Chair), T Lloyd and A Owen

                Item 5(a) Taxi Fares Review
                It was RESOLVED that the fares be increased by 3 per cent.
                Votes: Against 2, For 5

                Item 5(b) Street Trading Policy
                AGREED that the policy be consulted upon.
                """);

        assertThat(page.meeting().committee()).isEqualTo("Licensing Committee");
        assertThat(page.items()).extracting(Item::number).containsExactly("5(a)", "5(b)");
        ItemFact.Decision fares = decisions(page.items().get(0)).get(0);
        assertThat(fares.parts().get(0).text()).as("the tally is no part of the words resolved")
                .isEqualTo("that the fares be increased by 3 per cent.");
        assertThat(counts(fares.vote())).containsExactly(5, 2, null);
    }

    @Test
    void aDecisionAfterItsMotionAndTallyInOneParagraphIsReadApart() {
        PublishedMinutes page = read("""
                Ambridge Parish Council - Monday, 6 March 2023 7.30 pm

                15. Playing Field
                It was proposed by Cllr Grundy and seconded by Cllr Tucker that the quote be accepted. For 7, Against 3, Abstain 1. RESOLVED that the quote be accepted.
                """);

        ItemFact.Decision decision = decisions(page.items().get(0)).get(0);
        assertThat(decision.parts().get(0).text()).isEqualTo("that the quote be accepted.");
        assertThat(decision.movedBy().name()).isEqualTo("Cllr Grundy");
        assertThat(decision.secondedBy().name()).isEqualTo("Cllr Tucker");
        assertThat(counts(decision.vote())).containsExactly(7, 3, 1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"For 7, Against 3, Abstain 1.", "A vote was taken: Abstain 1, Against 3, For 7.",
            "Votes: Against 3, For 7, Abstentions 1.", "7 in favour, 3 against, 1 abstention.",
            "In favour: 7; Against: 3; Abstentions: 1.", "7 votes for and 3 votes against with 1 abstention.",
            "The motion was carried by 7 votes to 3, with 1 abstention."})
    void aVoteIsCountedInWhateverOrderItsCountsArePrinted(String tally) {
        PublishedMinutes page = read("""
                Loxley Barrett Town Council - Tuesday, 7 February 2023 7.00 pm

                2. Skate Park
                %s
                It was RESOLVED that the skate park be built.
                """.formatted(tally));

        ItemFact.Decision decision = decisions(page.items().get(0)).get(0);
        assertThat(decision.parts().get(0).text()).isEqualTo("that the skate park be built.");
        assertThat(counts(decision.vote())).containsExactly(7, 3, 1);
    }

    @Test
    void countsThatAreNoTallyCountNoVote() {
        PublishedMinutes page = read("""
                Loxley Barrett Town Council - Tuesday, 7 February 2023 7.00 pm

                2. Skate Park
                Members voted for 3 of the 5 designs, and 2 were set against the budget.
                It was RESOLVED that the skate park be built.
                """);

        assertThat(decisions(page.items().get(0)).get(0).vote()).isNull();
    }

    @Test
    void anUpdateOnAnEarlierMinuteIsNoReport() {
        PublishedMinutes page = read("""
                Planning Committee - Friday, 8 May 2015 10.00 am

                3. Minutes of the previous meeting
                The minutes of the meeting held on 10 April 2015 were approved as a correct record.
                The Director of Planning provided an update on minute 94/15.
                """);

        assertThat(page.items().get(0).facts()).noneMatch(ItemFact.Report.class::isInstance);
    }

    @Test
    void aCommitteeOfACouncilIsTheCommitteeAndTheCouncilApart() {
        MeetingDetails meeting = read("""
                MINUTES OF THE MEETING OF THE AUDIT COMMITTEE OF NORTHWOLD BOROUGH COUNCIL HELD AT THE TOWN HALL ON THURSDAY 15 JUNE 2023 AT 7.00 PM

                1. APOLOGIES FOR ABSENCE
                None.
                """).meeting();

        assertThat(meeting.committee()).isEqualTo("AUDIT COMMITTEE");
        assertThat(meeting.council()).isEqualTo("NORTHWOLD BOROUGH COUNCIL");
    }

    @Test
    void anOfficeWithItsHolderInBracketsIsTheHoldersAndAMoverIsNoDecisionsWord() {
        PublishedMinutes page = read("""
                Audit Committee - Thursday, 15 June 2023 7.00 pm

                Officers in attendance: Head of Finance (R Taylor), Democratic Services Officer (S Evans)

                4. Internal Audit Plan
                Proposed: Councillor Wright
                Seconded: Councillor O'Neill
                RESOLVED: That the plan be approved.
                """);

        assertThat(page.attendance()).extracting(attendee -> attendee.person().asWritten())
                .containsExactly("R Taylor (Head of Finance)", "S Evans (Democratic Services Officer)");
        ItemFact.Decision decision = decisions(page.items().get(0)).get(0);
        assertThat(decision.movedBy().name()).isEqualTo("Councillor Wright");
        assertThat(decision.secondedBy().name()).isEqualTo("Councillor O'Neill");
    }

    @Test
    void aCathaoirleachInTheChairIsAnOfficeNotSomeonePresent() {
        PublishedMinutes page = read("""
                Kilbrack County Council
                Minutes of the Monthly Meeting of Kilbrack County Council held in the Council Chamber on Monday 10th July 2023 at 3.00 p.m.

                In the Chair: Cathaoirleach, Cllr. M. Doyle
                Members Present: Cllrs. P. Byrne, T. Nolan

                1. Section 183 Disposal
                Proposed by Cllr. P. Byrne, seconded by Cllr. T. Nolan, it was resolved that the disposal be approved.
                """);

        assertThat(page.meeting().chair().name()).isEqualTo("Cllr. M. Doyle");
        assertThat(page.attendance()).extracting(attendee -> attendee.person().asWritten())
                .doesNotContain("Cathaoirleach");
        resolvedOnTheMotionOf(page.items().get(0), "that the disposal be approved", "Cllr. P. Byrne");
    }

    @Test
    void aSederuntIsWhoWasPresentAndACommitteeAgreedInCapitalsDecided() {
        PublishedMinutes page = read("""
                Glenmorrow Council
                Minute of Meeting of the Education Committee held in the Council Chambers, Glenmorrow on Tuesday 5 September 2023 at 10.00 am.

                Sederunt:
                Councillor A MacLeod (Convener)
                Councillor B Stewart
                Councillor C Fraser

                3. School Estate Review
                The Committee AGREED to approve the review.
                """);

        assertThat(names(page, Attendee.Present.class))
                .containsExactly("Councillor A MacLeod", "Councillor B Stewart", "Councillor C Fraser");
        assertThat(decisions(page.items().get(0))).extracting(decision -> decision.parts().get(0).text())
                .containsExactly("to approve the review");
    }

    @Test
    void aModernGovPageNumberedALineAtATimeReadsItsListsAndEndsWholeOnItsClose() {
        PublishedMinutes page = read("""
                Planning Committee - Wednesday, 14 June 2023 6.30 pm

                Present:
                Councillors Sarah Hill (Chair), Tom Reed, Ann Clay

                Officers:
                Jane Cole, Head of Planning
                Mark Dean, Principal Solicitor

                1.
                Apologies for absence
                Minutes:
                None.

                2.
                Enforcement Update
                Minutes:
                The Committee noted the update.

                The meeting ended at 8.15 pm
                """);

        assertThat(names(page, Attendee.Present.class))
                .containsExactly("Councillor Sarah Hill", "Councillor Tom Reed", "Councillor Ann Clay");
        assertThat(asWritten(page, Attendee.Officer.class))
                .containsExactly("Jane Cole (Head of Planning)", "Mark Dean (Principal Solicitor)");
        assertThat(page.items()).extracting(Item::cutOff).as("a page ending on its close is whole")
                .containsOnly(false);
    }

    @Test
    void anOfficeBeforeItsHolderAndAMotionsLabelAreNoOneAndNoItem() {
        PublishedMinutes page = read("""
                MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS ON TUESDAY 21 MARCH 2023 AT 6.00PM

                PRESENT: Cr Amy Lee (Mayor), Cr Bob Cox, Cr Cath Day
                IN ATTENDANCE: Chief Executive Officer – Fred Gale; Director Corporate – Hana Ito

                1. APOLOGIES
                Nil

                2. CONFIRMATION OF MINUTES
                MOTION
                Moved: Cr Cox
                Seconded: Cr Day
                That the minutes of the Ordinary Meeting held on 21 February 2023 be confirmed.
                CARRIED
                """);

        assertThat(asWritten(page, Attendee.Officer.class))
                .containsExactly("Fred Gale (Chief Executive Officer)", "Hana Ito (Director Corporate)");
        assertThat(page.items()).extracting(Item::title).containsExactly("APOLOGIES", "CONFIRMATION OF MINUTES");
    }

    @Test
    void aParishCouncilsMinutesNumberedByYearAndMinuteAreItsItems() {
        PublishedMinutes page = read("""
                HOLBECK PARISH COUNCIL
                Minutes of the meeting of Holbeck Parish Council held on Thursday 12th October 2023 at 7.30pm in the Village Hall

                Present: Cllrs J Smith (Chairman), A Jones, B Evans

                23/101 To receive apologies for absence
                Apologies were received and accepted from Cllr E Hall (work commitments).

                23/102 To receive declarations of interest
                There were none.

                Meeting closed at 8.40pm.
                """);

        assertThat(page.items()).extracting(Item::number).containsExactly("23/101", "23/102");
        assertThat(names(page, Attendee.Apology.class)).containsExactly("Cllr E Hall");
        assertThat(page.items().get(1).facts()).hasAtLeastOneElementOfType(ItemFact.NoInterests.class);
    }

    @Test
    void membersListedUnderTheItemsAsModernGovPrintsThemArePresent() {
        PublishedMinutes page = MinutesReader.read("""
                <html><body>
                <h2>Licensing Sub-Committee - Monday, 9th October, 2023 10.00 am</h2>
                <table>
                <tr><th>No.</th><th>Item</th></tr>
                <tr><td>1.</td><td><p>Declarations of Interest</p><p>Minutes:</p><p>There were none.</p></td></tr>
                <tr><td>2.</td><td><p>The Red Lion, High Street</p><p>Minutes:</p><p>RESOLVED that the licence be granted.</p></td></tr>
                </table>
                <h2>Attendance</h2>
                <p>Councillors: Jo Brown (Chair), Ken Adams and Lee Smith</p>
                </body></html>
                """.getBytes(StandardCharsets.UTF_8), PageFormat.HTML);

        assertThat(names(page, Attendee.Present.class))
                .containsExactly("Councillor Jo Brown", "Councillor Ken Adams", "Councillor Lee Smith");
        assertThat(page.meeting().chair().name()).isEqualTo("Councillor Jo Brown");
    }

    @Test
    void officesBeforeTheirHoldersOneALineAndAResolutionHeadedInCapitals() {
        PublishedMinutes page = read("""
                Minutes of the Ordinary Meeting of Council held on Monday 16 October 2023 commencing at 5.30pm in the Council Chambers.

                Present: Councillor Pat Lee, Councillor Sam Kim

                In attendance:
                General Manager, Mr Peter Grey
                Director Corporate Services, Ms Jane White

                5 SPORTS CLUB GRANT
                RESOLUTION 23/202
                Moved: Councillor Lee
                Seconded: Councillor Kim
                That Council approve a grant of $5,000.
                CARRIED
                """);

        assertThat(asWritten(page, Attendee.Officer.class))
                .containsExactly("Mr Peter Grey (General Manager)", "Ms Jane White (Director Corporate Services)");
        resolvedOnTheMotionOf(page.items().get(0), "That Council approve a grant of $5,000.", "Councillor Lee");
    }

    @Test
    void textFlattenedIntoOneLineKeepsItsTitlesApartFromTheirDecisionsAndItsClose() {
        PublishedMinutes page = read("""
                Minutes of the Meeting of Ashby Town Council held on Monday 6th November 2023 at 7.00pm in the Council Chamber PRESENT: Cllr P Green (Mayor), Cllr R Black APOLOGIES: Cllr U Grey 101. DECLARATIONS OF INTEREST None. 102. GRANTS RESOLVED that a grant of £500 be made to the Scouts. The meeting closed at 8.30pm.
                """);

        assertThat(page.items()).extracting(Item::title).containsExactly("DECLARATIONS OF INTEREST", "GRANTS");
        assertThat(decisions(page.items().get(1))).extracting(decision -> decision.parts().get(0).text())
                .containsExactly("that a grant of £500 be made to the Scouts.");
        assertThat(page.meeting().closedAt()).isEqualTo(java.time.LocalTime.of(20, 30));
    }

    @Test
    void aCouncilAndItsBodyPrintedInCapitalsOverTheSentenceAreTheMeetings() {
        MeetingDetails meeting = read("""
                WESTBURY DISTRICT COUNCIL

                CABINET

                Minutes of a meeting held at the Council Offices, Westbury on 4 December 2023 at 2.00 p.m.

                45 MINUTES
                The minutes of the meeting held on 6 November 2023 were approved as a correct record.
                """).meeting();

        assertThat(meeting.council()).isEqualTo("WESTBURY DISTRICT COUNCIL");
        assertThat(meeting.committee()).isEqualTo("CABINET");
    }

    @Test
    void substitutesListedApartAnApologyInAMotionAndNoConflictsDeclared() {
        PublishedMinutes page = read("""
                Minutes of the meeting of the Licensing and Regulatory Committee held on 3 July 2023

                Present: Councillor A Cole (Chairman); Councillors B Day and C Eve.
                Apologies for absence: Councillors E Gay and F Hill.
                Substitutes: Councillor H Ivy for Councillor E Gay.

                2 Apologies
                Moved: Cr Day Seconded: Cr Eve
                That the apology from Cr J King be received.
                Carried

                3 Conflicts of Interest
                There were no conflicts of interest declared.
                """);

        assertThat(page.attendance()).filteredOn(Attendee.Substitute.class::isInstance)
                .extracting(attendee -> attendee.person().name() + " for "
                        + ((Attendee.Substitute) attendee).forMember().name())
                .containsExactly("Councillor H Ivy for Councillor E Gay");
        assertThat(names(page, Attendee.Apology.class))
                .containsExactly("Councillor E Gay", "Councillor F Hill", "Cr J King");
        assertThat(page.items().get(1).facts()).hasAtLeastOneElementOfType(ItemFact.NoInterests.class);
    }

    @Test
    void membersWithTheirOfficesBeforeOrAfterTheirNamesOneALine() {
        PublishedMinutes page = read("""
                Minutes of the Ordinary Meeting of Council held on Monday 16 October 2023 commencing at 5.30pm.

                Present:
                Mayor, Councillor Mary Smith
                Councillor A. Lamb - Leader (in the Chair)
                Councillor Pat Lee

                1 OPENING PRAYER
                The Mayor opened the meeting with prayer.
                """);

        assertThat(asWritten(page, Attendee.Present.class))
                .containsExactly("Councillor Mary Smith (Mayor)", "Councillor A. Lamb (Leader)", "Councillor Pat Lee");
    }

    @Test
    void aTableOfContentsBeforeTheMinutesIsNoItemOfThem() {
        PublishedMinutes page = read("""
                MINUTES OF THE MEETING OF BORSETSHIRE DRAINAGE BOARD HELD ON MONDAY 13 MAY 2019

                Contents

                49 Welcome and Apologies ...... 3 50 Declarations of Interest ...... 3 51 Annual Return ...... 4

                49 Welcome and Apologies

                49.1 The Chairman welcomed members to the meeting.

                50 Declarations of Interest

                50.1 None were made.

                51 Annual Return

                51.1 The return was approved.
                """);

        assertThat(page.items()).extracting(Item::number, Item::title).as("each item once, titled without its page")
                .containsExactly(tuple("49", "Welcome and Apologies"), tuple("50", "Declarations of Interest"),
                        tuple("51", "Annual Return"));
    }

    /** Who the page has attending in one capacity, by name. */
    private static List<String> names(PublishedMinutes page, Class<? extends Attendee> kind) {
        return page.attendance().stream().filter(kind::isInstance).map(attendee -> attendee.person().name()).toList();
    }

    /** Who the page has attending in one capacity, as written: the name, then the office in brackets. */
    private static List<String> asWritten(PublishedMinutes page, Class<? extends Attendee> kind) {
        return page.attendance().stream().filter(kind::isInstance).map(attendee -> attendee.person().asWritten())
                .toList();
    }

    @Test
    void aPlanningCommitteeWhereAMotionFailsAndTheNextCarries() {
        PublishedMinutes page = read("""
                Harrowgate Borough Council - Planning Committee - Tuesday, 10 October 2023 6.00 pm

                1. Declarations of Interest
                Councillors Ames and Bolt declared personal interests in item 3 as members of the Civic Society.

                2. Minutes
                The minutes of the meeting held on 12 September 2023 were confirmed as a correct record.

                3. 23/01234/FUL - Land at Station Road
                It was moved by Councillor Ames, seconded by Councillor Bolt, that the application be refused. On being put to the vote, the motion was lost.
                It was then moved by Councillor Dale and seconded by Councillor Eves that the application be approved.
                Upon being put to the vote, there were 6 votes in favour and 5 against.
                RESOLVED: That planning permission be granted subject to the conditions in the report.
                """);

        assertThat(page.meeting().council()).isEqualTo("Harrowgate Borough Council");
        assertThat(page.meeting().committee()).isEqualTo("Planning Committee");
        assertThat(page.attendance()).as("members a sentence names are no list of those present").isEmpty();
        assertThat(page.items()).extracting(Item::number).containsExactly("1", "2", "3");
        ItemFact.Decision granted = decisions(page.items().get(2)).stream().filter(ItemFact.Decision::carried)
                .findFirst().orElseThrow();
        assertThat(granted.movedBy().name()).isEqualTo("Councillor Dale");
        assertThat(granted.secondedBy().name()).isEqualTo("Councillor Eves");
        assertThat(counts(granted.vote())).containsExactly(6, 5, null);
    }

    @Test
    void aModernGovMinuteNumberedWithItsBodysLettersAndYearIsTheItemsNumberThoughThePageHoldsOneItem() {
        PublishedMinutes page = read("""
                Agenda and minutes

                Annual Meeting, Borsetshire Vale Municipal District - Monday, 13th June, 2022 10.00 am

                Venue: Council Chamber

                Items
                No. Item

                BVD.31.22

                Election of the Cathaoirleach

                Minutes:

                Councillor Anne Ames proposed Councillor Bill Bolt for the position of Cathaoirleach. This was seconded by Councillor Carol Dale.
                """);

        assertThat(page.items()).extracting(Item::number, Item::title).as("minute 31 of 2022, not an item #1")
                .containsExactly(tuple("BVD.31.22", "Election of the Cathaoirleach"));
    }

    /** The item's first decision resolves these words, on the motion of this member. */
    private static void resolvedOnTheMotionOf(Item item, String words, String mover) {
        ItemFact.Decision decision = decisions(item).get(0);
        assertThat(decision.parts().get(0).text()).isEqualTo(words);
        assertThat(decision.movedBy().name()).isEqualTo(mover);
    }

    private static List<ItemFact.Decision> decisions(Item item) {
        return item.facts().stream().filter(ItemFact.Decision.class::isInstance).map(ItemFact.Decision.class::cast)
                .toList();
    }

    private static List<Integer> counts(Vote vote) {
        return java.util.Arrays.asList(vote.votesFor(), vote.against(), vote.abstentions());
    }

    private static PublishedMinutes read(String page) {
        return MinutesReader.read(page);
    }
}
