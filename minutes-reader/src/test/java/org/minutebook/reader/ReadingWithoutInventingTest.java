package org.minutebook.reader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the reader must never record: a value the page gives for something else. Each story is a made-up page of a
 * council that does not exist, printed as the pages the reader invented a value on were; when the reader cannot
 * tell, the record holds nothing and the words stay minute text.
 */
class ReadingWithoutInventingTest {

    @Test
    void aDateInASentenceAboutTheSitesDocumentsIsNoDayOfTheMeeting() {
        PublishedMinutes page = MinutesReader.read("""
                Agenda and minutes
                Documents published after 1 May 2020 are available as HTML pages where their original format supports this
                Venue: Council Chamber - Borsetshire Town Hall

                31.
                Declarations of Interest
                Minutes:
                There were no declarations of interest.
                """);

        assertThat(page.meeting().date()).as("the page does not give the meeting's day").isNull();
    }

    @Test
    void anOfficeNamedOnlyAsTheOneSomeoneSpokeForIsNotPresent() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the Inaugural Meeting of Ambridge Community Council held on Tuesday 25 October 2022
                Present: Jill Archer, Tom Forrest, Lynda Snell

                1. Welcome
                Shona Barton, on behalf of the Returning Officer, welcomed all to the meeting.
                2. Treasurer
                It was agreed to appoint Tom Forrest as Treasurer.
                """);

        assertThat(page.attendance()).extracting(attendee -> attendee.person().role())
                .as("the Returning Officer is named, not shown taking part").doesNotContain("Returning Officer");
    }

    @Test
    void anOfficeThatOpensTheSentenceStillSpeaksForItself() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the meeting of Borsetshire Planning Committee held on Tuesday 7 March 2023 at 6.30 pm
                Present: Councillor A Lamb (Chairman), Councillor B Kirk

                1. Land at Station Road
                The Head of Planning presented the report.
                RESOLVED that permission be granted.
                """);

        assertThat(page.attendance()).filteredOn(Attendee.Officer.class::isInstance)
                .extracting(attendee -> attendee.person().role()).containsExactly("Head of Planning");
    }

    @Test
    void anOfficerSeenSpeakingOnAPageThatRecordsNoAttendanceIsNotRecordedAttending() {
        PublishedMinutes page = MinutesReader.read("""
                Meeting: 07/03/2023 - Borsetshire Planning Committee (Item 94)
                94. Land at Station Road
                Minutes:
                The Director of Planning provided an update on the application.
                RESOLVED that permission be granted.
                """);

        assertThat(page.attendance()).as("one item's page says nothing of who attended the meeting").isEmpty();
    }

    @Test
    void aNumberedParagraphOpeningWithSomeonesNameInFlattenedTextIsNoItemTitledByTheForename() {
        String paragraphs = "Election of Convener 3. Andrew Lamb was nominated for the post of Convener by Bob Reid, "
                + "and there being no other nominations was elected. 4. Apologies Apologies were received from Sue Kirk.";
        PublishedMinutes page = MinutesReader.read("BORSETSHIRE NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING "
                + "held at the Village Hall on 10th September 2004 at 1.30pm " + paragraphs + " " + paragraphs
                .replace("3.", "5.").replace("4.", "6."));

        assertThat(page.items()).extracting(Item::title).as("a forename is no title").doesNotContain("Andrew");
    }

    @Test
    void aPageEndingOnItsListOfWhoAttendedEndsWholeNotCutShort() {
        PublishedMinutes page = MinutesReader.read("""
                MINUTES OF COUNCIL MEETING FOR THE TOWN OF BORSETSHIRE HELD 22 NOVEMBER 2016 COMMENCING AT 7:02PM
                1. Statement of Acknowledgement
                The Mayor read the statement.
                2. Attendance Record
                Present: Mayor A Moss, Cr B Reid, Cr C Shaw
                In Attendance: Dan Tate Chief Executive Officer Erin Wren Manager Finance & Corporate Services Chris Lamb Minute Taker
                """);

        assertThat(page.items()).extracting(Item::cutOff).as("a list ends on its last one's office, no stop needed")
                .containsOnly(false);
    }

    @Test
    void anOfficeAColumnBrokeOverTwoLinesIsNoItem() {
        PublishedMinutes page = MinutesReader.read("""
                MINUTES OF MONTHLY MEETING OF BORSETSHIRE COUNTY COUNCIL HELD ON MONDAY 19 OCTOBER 2015
                PRESENT: Councillor A Moss, Councillor B Reid.

                APOLOGY: Councillor C Shaw,

                MEETINGS

                ADMINISTRATOR: Ms. D Tate

                VOTES OF SYMPATHY.

                It was unanimously resolved that a vote of sympathy be extended to the Wren family.
                """);

        assertThat(page.items()).extracting(Item::title).as("the office's first word is no heading")
                .containsExactly("VOTES OF SYMPATHY");
    }

    @Test
    void aListUnderItsLabelPrintedAloneIsWhoAttendedNotAnItemsTitle() {
        PublishedMinutes page = borsetshireCouncil("Councillors Jo Carter, Dan King (Mayor), Sue Klipp and Toni Wright.", """
                IN ATTENDANCE

                Liz Jerome (General Manager), Matt Fane (Deputy General Manager Operations).

                1 APOLOGIES

                Nil

                2 DECLARATION OF INTEREST

                Nil
                """);

        assertThat(page.items()).extracting(Item::number).as("the list is no item of its own").containsExactly("1", "2");
        assertThat(names(page, Attendee.Present.class))
                .containsExactly("Councillor Jo Carter", "Councillor Dan King", "Councillor Sue Klipp", "Councillor Toni Wright");
        assertThat(names(page, Attendee.Officer.class)).containsExactly("Liz Jerome", "Matt Fane");
    }

    @Test
    void minuteNumbersRunIntoTheirTitlesInCapitalsOpenTheirItemsSoADeclarationLandsOnItsOwn() {
        PublishedMinutes page = MinutesReader.read("""
                LLANDDEWI COMMUNITY COUNCIL

                MINUTES OF THE COUNCIL MEETING HELD ON 24th SEPTEMBER 2019, AT THE MEMORIAL HALL.

                37.PRESENT Councillors: P Vaughan, B Cook & Mrs G Wright

                38. APOLOGIES Apologies for absence were received from Councillor M Hughes

                39.TO RECEIVE A PRESENTATION FROM THE FIRE SERVICE Mr Davies was thanked for his presentation and left the meeting.

                40.TO RECEIVE DECLARATION OF INTEREST Councillor P Vaughan declared an interest in agenda item 11.
                """);

        assertThat(page.items()).extracting(Item::number).as("the numbered list of those present is the head's list")
                .containsExactly("38", "39", "40");
        assertThat(names(page, Attendee.Apology.class)).containsExactly("Councillor M Hughes");
        assertThat(page.items().get(2).title()).isEqualTo("TO RECEIVE DECLARATION OF INTEREST");
        assertThat(page.items().get(2).facts()).hasAtLeastOneElementOfType(ItemFact.Interest.class);
        assertThat(page.items().get(1).facts()).as("the presentation's item declares nothing")
                .noneMatch(ItemFact.Interest.class::isInstance);
    }

    @Test
    void theMinutesStandingPrintedUnderTheirHeadingTitlesNoItemAndTheirDashedSentencesAreOneMinute() {
        PublishedMinutes page = MinutesReader.read("""
                Inaugural Meeting of the Ambridge Community Council held in the Village Hall, Ambridge on Tuesday 25 October 2022
                Minutes (to be approved)
                - Jill Archer welcomed all to the meeting.
                - An apology for absence was received from John Biggins.
                - There were no declarations of interest.
                - The date of the next meeting will be on 8th November 2022 at 7.30pm.
                """);

        assertThat(page.items()).extracting(Item::title).as("no title the page does not print").containsOnlyNulls();
        assertThat(names(page, Attendee.Apology.class)).containsExactly("John Biggins");
        assertThat(page.items().get(0).facts()).hasAtLeastOneElementOfType(ItemFact.NoInterests.class);
    }

    @Test
    void anIrishCouncilsApologyLabelledSingularAndItsVoteOfSympathyResolvedUnanimouslyAreRead() {
        PublishedMinutes page = MinutesReader.read("""
                BORSETSHIRE COUNTY COUNCIL

                Minutes of February Monthly Meeting of Borsetshire County Council held in the Council Chamber, County Hall on Wednesday, 19th February 2014 at 4.00 p.m.

                IN ATTENDANCE: Mr. Tim Carey, County Manager.

                APOLOGY: Councillor Martin Mullen,

                VOTES OF SYMPATHY.

                On the proposal of Mayor L. Bannon seconded by Councillor F. Kilby, it was unanimously resolved that a vote of sympathy be extended to the Keegan family.
                """);

        assertThat(names(page, Attendee.Apology.class)).containsExactly("Councillor Martin Mullen");
        assertThat(names(page, Attendee.Officer.class)).containsExactly("Mr. Tim Carey");
        ItemFact.Decision decision = first(page.items().get(0), ItemFact.Decision.class);
        assertThat(decision.movedBy().name()).isEqualTo("Mayor L. Bannon");
        assertThat(decision.secondedBy().name()).isEqualTo("Councillor F. Kilby");
    }

    @Test
    void officesPrintedOverTheirHoldersOneALineAreTheHoldersAndNoOfficeIsTakenForAName() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of a meeting of Ambridge Community Board held in the Village Hall, Ambridge on Wednesday, 14 October 2020 at 6pm.
                Present: Richard Clark (Chairperson), Paul Eade
                IN ATTENDANCE
                Community Liaison Officer
                Tina Hart
                Committee Advisor
                Rose Knowle

                1 Apologies
                There were no apologies.
                """);

        assertThat(page.attendance()).filteredOn(Attendee.Officer.class::isInstance)
                .extracting(attendee -> attendee.person().name() + " (" + attendee.person().role() + ")")
                .containsExactly("Tina Hart (Community Liaison Officer)", "Rose Knowle (Committee Advisor)");
    }

    @Test
    void aResolutionsMoverAndSeconderInBracketsAfterItsWordAreWhoMovedIt() {
        PublishedMinutes page = borsetshireCouncil("Councillors Jo Carter, Dan King (Mayor), Sue Fenn and Toni Wright.", """
                1 MINUTES 162/17

                RESOLVED (Cr Fenn/Cr Carter)

                That the Minutes of the Ordinary Meeting held on 25 October, 2017 be confirmed.

                2 GRANTS 163/17

                RESOLVED (Cr King/Cr Wright)

                That a grant of $500 be made to the Borsetshire Show Society.
                """);

        ItemFact.MinutesConfirmed confirmed = first(page.items().get(0), ItemFact.MinutesConfirmed.class);
        assertThat(confirmed.movedBy().name()).isEqualTo("Cr Fenn");
        assertThat(confirmed.secondedBy().name()).isEqualTo("Cr Carter");
        ItemFact.Decision decision = first(page.items().get(1), ItemFact.Decision.class);
        assertThat(decision.movedBy().name()).isEqualTo("Cr King");
        assertThat(decision.secondedBy().name()).isEqualTo("Cr Wright");
        assertThat(decision.parts()).extracting(org.minutebook.events.resolutions.ResolutionPart::text)
                .as("the names are no part of the words").containsExactly(
                        "That a grant of $500 be made to the Borsetshire Show Society.");
    }

    @Test
    void aPageThatStopsInAnItemItDoesNotNumberOrTitleSaysSoButMarksNoItemCut() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the meeting of Borsetshire Licensing Committee held on Tuesday 7 March 2023 at 6.30 pm
                Present: Councillor A Lamb (Chairman), Councillor B Kirk

                The Committee considered the application for the Bull and agreed that the hours be extended until
                """);

        assertThat(page.items()).noneMatch(Item::cutOff);
        assertThat(page.warnings()).extracting(ReadingWarning::message)
                .anyMatch(message -> message.startsWith("The page stops mid-sentence"));
    }

    @Test
    void aCouncilsNameThenMeetingPrintedOverThePageIsTheCouncilThatMet() {
        PublishedMinutes page = villageHallMeetingUnder("AMBRIDGE PARISH COUNCIL MEETING", """
                1. To receive declarations of interest.
                None
                """);

        assertThat(page.meeting().council()).isEqualTo("AMBRIDGE PARISH COUNCIL");
        assertThat(page.meeting().committee()).isEqualTo("AMBRIDGE PARISH COUNCIL");
    }

    @Test
    void theKindOfMeetingBeforeACouncilsTierIsStillNoCouncil() {
        PublishedMinutes page = villageHallMeetingUnder("ANNUAL PARISH COUNCIL MEETING", """
                1. To receive declarations of interest.
                None
                """);

        assertThat(page.meeting().council()).isNull();
    }

    @Test
    void aDeclarationOnAPartOfAnItemKeepsThePartNotJustTheItemsNumber() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the meeting of Borsetshire City Council held on Monday 10 October 2011 at 5.00 pm
                Present: Councillor A Lamb (Lord Mayor), Councillor S Malik

                32. Declarations of Interest
                Councillor S Malik declared a personal interest in agenda item 17(6) (Motion on Notice 6 – Notice Board) as he was a licensed badgeholder.
                Councillor A Lamb declared a personal interest in agenda item 20 (Review of procedures) as a member of the panel.
                """);

        assertThat(page.items().get(0).facts()).filteredOn(ItemFact.Interest.class::isInstance)
                .extracting(fact -> ((ItemFact.Interest) fact).onItem()).containsExactly("17(6)", "20");
    }

    @Test
    void aMemberWhoHadToLeaveAtThisPointLeftDuringThatItem() {
        PublishedMinutes page = villageHallMeetingUnder("AMBRIDGE PARISH COUNCIL MEETING", """
                1. To receive petitions, comments and questions from the public
                A member of the public asked about the footpath.
                Councillor Grundy had to leave at this point.
                2. To consider planning applications
                None had been received.
                """);

        assertThat(page.items().get(0).facts()).filteredOn(ItemFact.EarlyDeparture.class::isInstance)
                .extracting(fact -> ((ItemFact.EarlyDeparture) fact).member().name())
                .containsExactly("Councillor Grundy");
        assertThat(page.items().get(1).facts()).noneMatch(ItemFact.EarlyDeparture.class::isInstance);
    }

    @Test
    void aBoardsMembersMovingAndSecondingUntitledAreNamedOnlyInTheWholeFrame() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of a meeting of Ambridge Community Board held in the Village Hall, Ambridge on Wednesday, 14 October 2020 at 6pm.
                Present: Richard Clark (Chairperson), Paul Eade, Hilary Kent

                1 Confirmation of Minutes
                Moved Paul Eade, seconded Hilary Kent and resolved: That the Ambridge Community Board confirms the minutes of the meeting held on 10 August 2020 as a true and correct record.
                2 Hall Lettings
                Paul Eade reported that the hall had been let on 12 occasions. It was resolved that the fees be held.
                """);

        ItemFact.MinutesConfirmed confirmed = first(page.items().get(0), ItemFact.MinutesConfirmed.class);
        assertThat(confirmed.movedBy().name()).isEqualTo("Paul Eade");
        assertThat(confirmed.secondedBy().name()).isEqualTo("Hilary Kent");
        assertThat(page.items().get(1).facts()).filteredOn(ItemFact.Decision.class::isInstance)
                .as("a name outside the frame moves nothing").allMatch(fact -> ((ItemFact.Decision) fact).movedBy() == null);
    }

    /** Borsetshire's ordinary meeting of council as a PDF prints it: its heading, PRESENT over these names, then these. */
    private static PublishedMinutes borsetshireCouncil(String councillors, String rest) {
        return MinutesReader.read("""
                MINUTES
                Ordinary Council Meeting held in the Council Chambers, Borsetshire on Wednesday 22 November 2017 commencing at 6.00pm.

                PRESENT

                """ + councillors + "\n\n" + rest);
    }

    @Test
    void reportsResolvedAndNotedWereNotedAndResolvedNoWords() {
        PublishedMinutes page = villageHallMeetingUnder("Ambridge Community Council", """

                7. County Councillor’s Report
                - Cllr Snell reported that the speed survey on the Borchester road was complete. RESOLVED and noted. The Council thanked Cllr Snell.
                - Cllr Grundy reported that the bus shelter had been repaired. RESOLVED and noted.

                8. Play Area
                RESOLVED that the quotation for the swings be accepted.
                """);

        Item report = page.items().get(0);
        assertThat(report.facts()).as("nothing was resolved in words: the reports were noted, once")
                .noneMatch(ItemFact.Decision.class::isInstance).filteredOn(ItemFact.Noted.class::isInstance).hasSize(1);
        assertThat(page.items().get(1).facts()).anyMatch(ItemFact.Decision.class::isInstance);
    }

    @Test
    void aTaskSetTheClerkAfterADecisionAndTheNextMinutesNumberAreNoPartOfItsWords() {
        PublishedMinutes page = villageHallMeetingUnder("Ambridge Community Council", """

                6          Matters arising from the minutes.

                Agreed that a meeting of the Cemetery Sub-Committee needs to be arranged on site. Clerk to arrange a meeting during August and report back.

                6.4
                """);

        assertThat(first(page.items().get(0), ItemFact.Decision.class).parts()).singleElement()
                .satisfies(part -> assertThat(part.text())
                        .isEqualTo("that a meeting of the Cemetery Sub-Committee needs to be arranged on site."));
    }

    /** A meeting in the Village Hall printed under this heading, Councillors Archer, Grundy and Snell present. */
    private static PublishedMinutes villageHallMeetingUnder(String heading, String items) {
        return MinutesReader.read(heading + """

                Minutes of the meeting held Tuesday 10th January 2023, 7.15 pm at the Village Hall
                Present: Councillors Archer, Grundy and Snell
                """ + items);
    }

    /** The first fact of this kind the item holds. */
    private static <T extends ItemFact> T first(Item item, Class<T> kind) {
        return item.facts().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    private static List<String> names(PublishedMinutes page, Class<? extends Attendee> kind) {
        return page.attendance().stream().filter(kind::isInstance).map(attendee -> attendee.person().name()).toList();
    }
}
