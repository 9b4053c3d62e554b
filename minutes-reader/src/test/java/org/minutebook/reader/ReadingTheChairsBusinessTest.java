package org.minutebook.reader;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The chair's own item, titled as Irish and other councils title it, is what the chair announced (session 7). */
class ReadingTheChairsBusinessTest {

    @ParameterizedTest
    @ValueSource(strings = {"Lord Mayor's Business", "Cathaoirleach’s Business", "Chairman's Business"})
    void theChairsBusinessIsWhatTheChairAnnounced(String title) {
        PublishedMinutes page = MinutesReader.read("Minutes of the Monthly Meeting of Ballykeel County Council held on "
                + "9 January 2023\n\n1. " + title + "\n\nThe Chair congratulated the Ballykeel hurling team on its "
                + "county final.\n\n2. Correspondence\n\nThe correspondence was noted.\n");

        assertThat(page.items().get(0).facts()).singleElement().isInstanceOf(ItemFact.Announcement.class);
    }
}
