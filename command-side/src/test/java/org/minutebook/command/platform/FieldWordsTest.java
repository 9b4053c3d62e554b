package org.minutebook.command.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal of the dates of the next meetings of the committee names the line as the clerk sees it. */
class FieldWordsTest {

    @Test
    void aFieldIsNamedAsTheFormShowsIt() {
        assertThat(FieldWords.of("dates[1]")).isEqualTo("the second date");
        assertThat(FieldWords.of("parts[0].text")).isEqualTo("the text of the first part");
        assertThat(FieldWords.of("member.id")).isEqualTo("the id of the member");
        assertThat(FieldWords.of("contacts[2].email")).isEqualTo("the email of the third contact");
        assertThat(FieldWords.of("toBody")).isEqualTo("the body it goes to");
        assertThat(FieldWords.capitalised("resolutionId")).isEqualTo("The resolution's id");
    }
}
