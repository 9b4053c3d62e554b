package org.minutebook.reader;

import org.junit.jupiter.api.Test;
import org.minutebook.events.business.MinuteBlock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items as pages head them when they print no numbers: a heading in capitals run into its paragraph, a title alone
 * on its line on a council's web page that marks no minutes; lines of accounts are no items, and a part's mark at
 * the foot of a page is where the page was cut. Each a small made-up page of a council that does not exist.
 */
class ReadingItemsUnderAnyHeadingTest {

    @Test
    void headingsInCapitalsRunIntoTheirParagraphsAreTheItemsAndLinesOfAccountsAreNone() {
        PublishedMinutes page = MinutesReader.read("""
                MINUTES of the meeting of ASHCOMBE PARISH COUNCIL held on Monday 3rd April 2023 at 7pm in the Village Hall.

                APOLOGIES FOR ABSENCE were received from Mrs P Oakes.

                THE MINUTES of the previous meeting were read, approved and signed.

                FINANCE. Cheques were signed for the following:

                Grass cutting   £120.00

                Hall hire    £35.50

                PLAYING FIELD. The new gate had been fitted.
                """);

        assertThat(page.items()).extracting(Item::title)
                .containsExactly("APOLOGIES FOR ABSENCE", "THE MINUTES", "FINANCE", "PLAYING FIELD");
        assertThat(page.items().get(1).facts()).hasAtLeastOneElementOfType(ItemFact.MinutesConfirmed.class);
        assertThat(page.items().get(2).minute()).extracting(MinuteBlock::text)
                .as("the minute goes on after its heading's stop").first().asString().startsWith("Cheques were signed");
    }

    @Test
    void aWordInCapitalsOpeningOneParagraphIsNoHeading() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the meeting of Ashcombe Parish Council held on Monday 3rd April 2023 at 7pm

                PLANNING
                No applications had been received.

                HIGHWAYS
                SPEEDWATCH volunteers had been sought for the summer.
                """);

        assertThat(page.items()).extracting(Item::title).containsExactly("PLANNING", "HIGHWAYS");
    }

    @Test
    void onAWebPageThatMarksNoMinutesATitleAloneAfterAMinuteOpensTheNextItem() {
        PublishedMinutes page = MinutesReader.read("""
                Agenda and minutes

                Venue: Council Chamber, Brookfield House

                No. Item


                Apologies for absence


                Apologies were received from Councillors Dean and Rowe.


                Matters Arising


                There were no matters arising.


                Declarations of Interest


                There were no declarations of interest.
                """);

        assertThat(page.items()).extracting(Item::title)
                .containsExactly("Apologies for absence", "Matters Arising", "Declarations of Interest");
        assertThat(page.items().get(0).facts()).as("no item takes the next one's minute")
                .noneMatch(fact -> fact instanceof ItemFact.NoInterests);
    }

    @Test
    void aPageStoppingAtAPartsMarkIsCutInThatItem() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the meeting of the Brookfield Joint Committee held on Friday 7 July 2023 at 2.30 pm

                1. Crematorium Matters
                The Joint Committee considered a report by the Manager.

                i)
                """);

        assertThat(page.items()).extracting(Item::cutOff).containsExactly(true);
    }

    @Test
    void anItemTheAgendaAddedWithALetterAndANumberThatJumpsAreItemsOfTheRun() {
        PublishedMinutes page = MinutesReader.read("""
                MINUTES OF A MEETING OF THE CITY COUNCIL HELD AT 9.30AM ON THURSDAY 6 JULY 2023

                1. APOLOGIES

                Apologies for absence were received from Councillor Reid.

                2. DEPUTATIONS BY APPOINTMENT

                Mr Stokes addressed the Council regarding the subdivision.

                1A. DECLARATION OF INTEREST

                There were no declarations of interest.

                3. CONFIRMATION OF MINUTES

                The minutes of the meeting held on 22 June 2023 were confirmed.

                50. RESOLUTION TO BE PASSED - SUPPLEMENTARY REPORTS

                The Council received the supplementary agenda.
                """);

        assertThat(page.items()).extracting(Item::number).containsExactly("1", "2", "1A", "3", "50");
        assertThat(page.items().get(1).facts()).as("the declarations are the lettered item's")
                .noneMatch(fact -> fact instanceof ItemFact.NoInterests);
        assertThat(page.items().get(2).facts()).hasAtLeastOneElementOfType(ItemFact.NoInterests.class);
    }

    @Test
    void numberedParagraphsInLowerCaseDoNotJoinARunOfTitlesInCapitals() {
        PublishedMinutes page = MinutesReader.read("""
                MINUTES OF A MEETING OF THE CITY COUNCIL HELD AT 9.30AM ON THURSDAY 6 JULY 2023

                1. APOLOGIES

                None.

                2. PLANNING

                The Council noted the following:

                25. Station Road was granted consent.

                3. FINANCE

                The accounts were approved.
                """);

        assertThat(page.items()).extracting(Item::number).containsExactly("1", "2", "3");
    }

    @Test
    void twoSentencesOpeningAlikeAreNoPageSavedTwice() {
        String opening = "It was resolved on the motion of the Mayor, seconded by Councillor Wells, that the ";
        PublishedMinutes page = MinutesReader.read("""
                MINUTES OF A MEETING OF THE CITY COUNCIL HELD AT 9.30AM ON THURSDAY 6 JULY 2023

                1. APOLOGIES

                Apologies for absence were received from Councillor Reid.

                2. CONFIRMATION OF MINUTES

                %sopen minutes of the Council meetings held on 20 June 2023 and 22 June 2023 be confirmed, subject to \
                adding the following words at the end of item 4 (f) of the minutes of the meeting held on 20 June \
                2023, and with the correction of the spelling of a member's name in the minutes of 22 June 2023 as \
                circulated to members before the meeting.

                3. SUPPLEMENTARY REPORTS

                %sCouncil receive the supplementary agenda.
                """.formatted(opening, opening));

        assertThat(page.meeting().date()).hasToString("2023-07-06");
        assertThat(page.items()).as("'item 4 (f)' within a sentence is a reference, no item")
                .extracting(Item::number).containsExactly("1", "2", "3");
    }

    @Test
    void aHeadingFlattenedFromAPdfIsReadUnderItsRunningMarkAndEndsWhereTheListOfThosePresentBegins() {
        PublishedMinutes page = MinutesReader.read("MM 14.03.2022 ASHCOMBE & BROOKFIELD CITY COUNCIL Minutes of the "
                + "Remote Monthly Meeting of Council held on Monday, 14 March, 2022 at 6:30 pm PRESENT IN The Right "
                + "Worshipful the Mayor CHAMBER: Councillor A Dean Deputy Mayor Councillor B Rowe Aldermen C Hale, "
                + "D Ives and E Lowe IN ATTENDANCE: Chief Executive Director of Finance Member Services Officers "
                + "1. Apologies There were no apologies. 2. Declarations of Interest There were no declarations.");

        assertThat(page.meeting().council()).isEqualTo("ASHCOMBE & BROOKFIELD CITY COUNCIL");
        assertThat(page.meeting().date()).hasToString("2022-03-14");
        assertThat(page.meeting().startsAt()).hasToString("18:30");
        assertThat(page.meeting().venue()).as("'PRESENT IN The Right Worshipful …' names people, no place").isNull();
    }

    @Test
    void onAPageThatNumbersItsParagraphsUnderTheItemAShortParagraphIsNoPartOfTheItem() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the Full Board Meeting of the Ashcombe Drainage Board held on 4 March 2023 at 2pm

                12 Apologies

                12.1 The Chairman gave the apologies of Mr Dean.

                13 Declarations of Interest

                13.1 None were made.

                14 Matters Arising

                14.1 The Chairman repor
                """);

        assertThat(page.items()).extracting(Item::number).containsExactly("12", "13", "14");
        assertThat(page.items().get(2).cutOff()).isTrue();
    }

    @Test
    void aMinuteToldInOneNumberedSentenceIsItsOwnItemThoughTheNextRunsIntoItsLine() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the Directors' Meeting of the Ashcombe Harbour Trust held on Thursday 9 March 2023

                1. Apologies: B. Dean; C. Rowe

                2. Minutes of the meeting held on 9 February 2023 were approved. 3. Finance Report:

                The Trust is close to a break even position for the year.

                4. Projects:

                The slipway has been repaired.
                """);

        assertThat(page.items()).extracting(Item::number).containsExactly("1", "2", "3", "4");
        assertThat(page.items().get(0).facts()).as("the confirmation is the second minute's, not the apologies'")
                .noneMatch(fact -> fact instanceof ItemFact.MinutesConfirmed);
        assertThat(page.items().get(1).facts()).hasAtLeastOneElementOfType(ItemFact.MinutesConfirmed.class);
    }

    @Test
    void aPrintedPageSavedWithItsMarkupUnderASitesRunningHeadAndControlsReadsAsPrinted() {
        PublishedMinutes page = MinutesReader.read("""
                ASHCOMBE COMMON CONSERVATORS MEETING OF THE BOARD

                ASHCOMBE COMMON CONSERVATORS MEETING OF THE BOARD

                SHOW MORE
                SHOW LESS

                2. APOLOGIES FOR ABSENCE<br />

                No apologies.<br />

                3. DECLARATIONS <strong>OF</strong> INTEREST<br />

                None.<br />

                4. GRAZING <strong>ON THE</strong> COMMON<br />

                The report was noted.<br />
                """);

        assertThat(page.items()).extracting(Item::title)
                .containsExactly("APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "GRAZING ON THE COMMON");
        assertThat(page.meeting().council()).isEqualTo("ASHCOMBE COMMON CONSERVATORS");
        assertThat(page.meeting().committee()).isEqualTo("BOARD");
    }

    @Test
    void aBodysMeetingHeadedWithItsDayAfterADashIsThatBodysMeeting() {
        PublishedMinutes page = MinutesReader.read("""
                Charter Trustees Meeting – 12th June, 2023

                1. Welcome

                The Mayor welcomed the Charter Trustees.

                2. Accounts

                The accounts were noted.
                """);

        assertThat(page.meeting().committee()).isEqualTo("Charter Trustees");
        assertThat(page.meeting().date()).hasToString("2023-06-12");
    }

    @Test
    void aListsLabelAloneOnANumberedLineTitlesTheItemAndThePageIsCutThere() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the meeting of Ashcombe Town Council held on Monday 8 September 2008 at 7pm

                1. APOLOGIES FOR ABSENCE
                Cllr. R Dean.
                2. MATTERS ARISING
                The footpath had been cleared.
                3. PUBLIC FORUM
                monthly event limited to 3 minutes per resident relating to public agend
                """);

        assertThat(page.items()).extracting(Item::number).containsExactly("1", "2", "3");
        assertThat(page.items()).extracting(Item::cutOff).containsExactly(false, false, true);
    }
}
