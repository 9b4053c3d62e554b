package org.minutebook.reader;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A page's own minute numbering, inferred from the page rather than from a list of known forms: small made-up pages
 * of councils that do not exist, each numbering its minutes in a shape of its own. Rule: {@code inferred-numbering}.
 */
class InferringAPagesOwnNumberingTest {

    private static final String HEAD = """
            Dunmore Town Council
            Minutes of the meeting of the Town Council held on Tuesday 7 March 2023 at 7.00 pm

            Present: Cllr A Moss (Chair), Cllr B Reid, Cllr C Shaw

            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cou/285/07-08 | Cou/286/07-08 | Cou/287/07-08",
        "2020-05_1 | 2020-05_2 | 2020-05_3",
        "M123 | M124 | M125",
        "PL/23/12 | PL/23/13 | PL/23/15",
        "12/2023 | 13/2023 | 14/2023",
        "XII. | XIII. | XIV.",
        "DTC 41 | DTC 42 | DTC 43"
    })
    void minutesNumberedInAShapeOfTheirOwnAreTheItemsWhateverTheShape(String first, String second, String third) {
        PublishedMinutes page = MinutesReader.read(HEAD + first + " Apologies for Absence\nNone were received.\n\n"
                + second + " Declarations of Interest\nThere were no declarations of interest.\n\n"
                + third + " Play Area Refurbishment\nRESOLVED that the quotation of Parkways Ltd be accepted.\n");

        assertThat(page.items()).extracting(Item::title)
                .containsExactly("Apologies for Absence", "Declarations of Interest", "Play Area Refurbishment");
        assertThat(page.items()).extracting(Item::number).containsExactly(number(first), number(second),
                number(third));
        assertThat(page.items().get(2).facts()).hasAtLeastOneElementOfType(ItemFact.Decision.class);
    }

    @Test
    void twoMinutesTitledInCapitalsAreEnoughAndOneIsNot() {
        PublishedMinutes two = MinutesReader.read(HEAD + """
                T/101 APOLOGIES FOR ABSENCE
                None were received.

                T/102 FINANCE REPORT
                RESOLVED that the accounts for February be approved.
                """);
        PublishedMinutes lowerCase = MinutesReader.read(HEAD + """
                T/101 apologies were none
                The Chair opened the meeting.

                T/102 nothing else was raised
                The meeting closed at 8.00 pm.
                """);

        assertThat(two.items()).extracting(Item::number).containsExactly("T/101", "T/102");
        assertThat(lowerCase.items()).extracting(Item::number).doesNotContain("T/101", "T/102");
    }

    @Test
    void aResolutionsNumberedPartsStayPartsOfItsDecisionAndSubItemsFollowTheirNumber() {
        PublishedMinutes page = MinutesReader.read(HEAD + """
                DTC 41 Apologies for Absence
                None were received.

                DTC 42 Budget 2023/24
                RESOLVED that:
                1. the budget of £120,000 be approved;
                2. the precept be set at £45.20 for a band D property.

                DTC 42(a) Grants to Local Groups
                The grants were noted.

                DTC 42(b) Christmas Lights
                The report was noted.

                DTC 43 Date of Next Meeting
                The next meeting will be held on 4 April 2023.
                """);

        assertThat(page.items()).extracting(Item::number)
                .containsExactly("DTC 41", "DTC 42", "DTC 42(a)", "DTC 42(b)", "DTC 43");
    }

    @Test
    void daysTimesMoneyAndTelephoneNumbersAtTheStartOfLinesNumberNothing() {
        PublishedMinutes page = MinutesReader.read(HEAD + """
                Budget Monitoring
                The Clerk reported on the following sums:
                2023 Annual Accounts were discussed.
                7.30 pm The Chair adjourned the meeting.
                01632 960123 Clerk's office line
                01632 960124 Mayor's office line
                01632 960125 Depot line
                £400 Play Area
                £500 Allotments
                £600 Hall Roof
                """);

        assertThat(page.items()).as("no item numbered by a day, a time, a sum or a telephone number")
                .allSatisfy(item -> assertThat(item.number()).isNull());
    }

    @Test
    void textFlattenedIntoOneLineOpensItsItemsAtItsOwnNumbers() {
        PublishedMinutes page = MinutesReader.read("Kelbrook Town Council Minutes of the meeting of the Town Council "
                + "held on Monday 6 November 2023 at 7.00 pm PRESENT: Cllr D Hart (Mayor), Cllr E Lowe, Cllr F Nash "
                + "APOLOGIES: Cllr G Orr 1357 APOLOGIES FOR ABSENCE The apology of Cllr G Orr was accepted. 1358 "
                + "DECLARATIONS OF INTEREST Cllr E Lowe declared a personal interest in item 1360 as a member of the "
                + "Allotment Society. 1359 MINUTES OF THE LAST MEETING RESOLVED that the minutes of the meeting held "
                + "on 2 October 2023 be approved. 1360 ALLOTMENT RENTS RESOLVED that the rents be held at £45 a plot "
                + "for 2024. The meeting closed at 8.05 pm.\n");

        assertThat(page.items()).extracting(Item::number).containsExactly("1357", "1358", "1359", "1360");
        assertThat(page.items()).extracting(Item::title).containsExactly("APOLOGIES FOR ABSENCE",
                "DECLARATIONS OF INTEREST", "MINUTES OF THE LAST MEETING", "ALLOTMENT RENTS");
        assertThat(page.items().get(3).facts()).hasAtLeastOneElementOfType(ItemFact.Decision.class);
    }

    @Test
    void aNumberedParagraphsDecisionUnderAnItemIsNoItemOfItsOwn() {
        PublishedMinutes page = MinutesReader.read(HEAD + """
                7) Parish Councillors Reports
                 7.1 The bench on the green is in a poor state
                 7.2 Resolved – that the council supports a 20mph speed limit in the village.
                8) Planning
                 8.1 Agreed – to take no further action on the application for Hillcrest.
                9) Clerks Report
                 The Clerk reported on the year's accounts.
                """);

        assertThat(page.items()).extracting(Item::number).containsExactly("7", "8", "9");
    }

    private static String number(String printed) {
        return printed.replaceAll("[.)]$", "");
    }

    @Test
    void minuteNumbersPrintedUnderTheirTitlesNumberTheItemsNotTheAgendasItemNumbers() {
        PublishedMinutes page = MinutesReader.read("""
                GENERAL MEETING
                The minutes of the general meeting of Borsetshire Commissioners held in the Town Hall on 18 April 2019 at 7:00pm.
                Present Mrs A Moss (Chairman)
                Mr B Reid
                CHAIRMAN’S WELCOME
                18/099
                The Chairman welcomed the Board to the April meeting.
                ITEM 1 MINUTES
                18/100
                The Chairman requested confirmation of the minutes from the last
                meeting and the Board agreed the minutes of the meeting held on 21 March 2019.
                ITEM 2 MATTERS ARISING
                18/101
                Item 18/094 Registration of Electors
                The Deputy Chairman reported on the letter received.
                """);

        assertThat(page.items()).extracting(Item::number, Item::title).containsExactly(
                tuple("18/099", "CHAIRMAN’S WELCOME"), tuple("18/100", "MINUTES"), tuple("18/101", "MATTERS ARISING"));
    }

}
