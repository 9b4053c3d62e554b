package org.minutebook.access;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the text of a meeting's record may hold: anything a clerk types or pastes from published minutes — accents,
 * Welsh, Urdu with its direction marks, an emoji — but no character a feed, a page or XML cannot carry.
 */
class CharactersTest {

    @Test
    void theMinutesAsCouncilsWriteThemAreTextAsTheyStand() {
        for (String text : List.of("Councillor Siân Ó Briain", "Cynghorydd Llŷr", "شازیہ\u200F خان", "Budget 📅",
                "Minute 37:\n\t• noted\r\n")) {
            assertThat(Characters.refused(text, true)).as(text).isEmpty();
        }
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksOnlyWhereTextHasLines() {
        assertThat(Characters.refused("a\u0000b", true)).hasValue(0x0000);
        assertThat(Characters.refused("a\u0085b", true)).hasValue(0x0085);
        assertThat(Characters.refused("a\u007Fb", true)).hasValue(0x007F);
        assertThat(Characters.refused("a\nb", true)).isEmpty();
        assertThat(Characters.refused("a\nb", false)).hasValue('\n');
    }

    @Test
    void everyNoncharacterIsRefused() {
        for (int noncharacter : List.of(0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x1FFFF, 0x10FFFF)) {
            assertThat(Characters.refused("a" + Character.toString(noncharacter) + "b", true))
                    .as(Characters.named(noncharacter)).hasValue(noncharacter);
        }
        assertThat(Characters.refused("\uFDCF\uFDF0\uFFFD", true)).as("their neighbours").isEmpty();
    }

    @Test
    void aSurrogateWithoutItsPairIsRefusedAndAPairIsOneCharacter() {
        assertThat(Characters.refused("a\uD800b", true)).hasValue(0xD800);
        assertThat(Characters.refused("a\uDC00", true)).hasValue(0xDC00);
        assertThat(Characters.refused("\uDBFF", true)).hasValue(0xDBFF);
        assertThat(Characters.refused("\uD83D\uDCC5", true)).isEmpty();
    }

    @Test
    void bidirectionalOverridesAreRefusedAndMarksAllowed() {
        assertThat(Characters.refused("a\u202Eb", true)).hasValue(0x202E);
        assertThat(Characters.refused("a\u2066b", true)).hasValue(0x2066);
        assertThat(Characters.refused("a\u200E\u200Fb", true)).isEmpty();
    }

    @Test
    void aRefusalNamesTheCharacterByItsCodePoint() {
        assertThat(Characters.named(0xFFFF)).isEqualTo("U+FFFF");
        assertThat(Characters.named(0x1FFFF)).isEqualTo("U+1FFFF");
    }

    @Test
    void textStoredBeforeTheseRulesIsPrintedWithAReplacementCharacterForEachRefusedOne() {
        assertThat(Characters.printable("That \uFFFF be\u0000 noted\uD800 \u202E.\n• Agreed 📅"))
                .isEqualTo("That \uFFFD be\uFFFD noted\uFFFD \uFFFD.\n• Agreed 📅");
        assertThat(Characters.printable("Councillor Siân Ó Briain")).isEqualTo("Councillor Siân Ó Briain");
        assertThat(Characters.printable(null)).isNull();
    }
}
