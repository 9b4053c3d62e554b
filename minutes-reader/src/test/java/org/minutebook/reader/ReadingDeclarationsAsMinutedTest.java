package org.minutebook.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Declarations as councils abroad minute them under their own item (session 7, issue 22): a member named without a
 * title, a title printed in capitals, and a member then a dash then the items ("Cr Stuart Crosby – Agenda Items
 * 10.5: … and 10.6: …"), one interest on each item.
 */
class ReadingDeclarationsAsMinutedTest {

    @Test
    void aMemberNamedWithoutATitleDeclaresUnderTheDeclarationsItem() {
        assertThat(interests("""
                3 DECLARATION OF PECUNIARY AND NON PECUNIARY INTEREST

                Kate Moss declared a Non-Pecuniary Interest on item 11.1 as she is on the Board of the Rotary Club.
                """)).extracting(i -> i.member().name(), ItemFact.Interest::onItem)
                .containsExactly(tuple("Kate Moss", "11.1"));
    }

    @Test
    void aCouncillorInCapitalsDeclares() {
        assertThat(interests("""
                3 Declarations of Interest

                COUNCILLOR BERMAN declared a pecuniary interest in Item 10 - Lease of the Clubroom. Refer to that Item for details.
                """)).extracting(i -> i.member().name(), ItemFact.Interest::onItem)
                .containsExactly(tuple("COUNCILLOR BERMAN", "10"));
    }

    @Test
    void aMemberThenADashThenTheItemsDeclaresOnEach() {
        assertThat(interests("""
                3 Declaration of Conflicts of Interest

                Cr Ann Oakes – Agenda Items 10.5: Harbour Holdings Limited - Statement of Expectations 2025/26 and 10.6: Harbour Holdings Limited - Directors Remuneration as a Harbour Board Director.
                """)).extracting(i -> i.member().name(), ItemFact.Interest::onItem)
                .containsExactly(tuple("Cr Ann Oakes", "10.5"), tuple("Cr Ann Oakes", "10.6"));
    }

    @Test
    void membersCountedRatherThanNamedAreNoMember() {
        assertThat(interests("""
                3 Declarations of Interest

                Both Councillors declared an interest in item 7 as members of the Hall Committee.
                """)).isEmpty();
    }

    @Test
    void aSentenceOpeningWithTwoCapitalisedWordsElsewhereDeclaresNothing() {
        assertThat(interests("""
                3 Public Forum

                Kate Moss declared that the hall would reopen in May.
                """)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"No pecuniary interests were declared.", "No personal or prejudicial interests were declared.",
            "There were no new declarations of interest.", "Members had nothing to declare.",
            "Nobody declared an interest.", "No-one declared an interest."})
    void noDeclarationsInTheWordingsClerksUseRecordThatNoneWereMade(String wording) {
        assertThat(MinutesReader.read("Minutes of the Meeting of Ambridge Parish Council held on 4 March 2024\n\n"
                + "3 Declarations of Interest\n\n" + wording + "\n").items().get(0).facts())
                .hasOnlyElementsOfType(ItemFact.NoInterests.class).hasSize(1);
    }

    private static List<ItemFact.Interest> interests(String item) {
        return MinutesReader.read("Minutes of the Ordinary Meeting of Wattle Creek Shire Council held on 22 November 2017\n\n"
                        + item).items().get(0).facts().stream().filter(ItemFact.Interest.class::isInstance)
                .map(ItemFact.Interest.class::cast).toList();
    }
}
