package org.minutebook.reader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How small councils print their minutes, each a made-up page of a parish that does not exist: a clerk listed
 * among the members, the chair's office printed before their name, read as a clerk would read them.
 */
class ReadingParishMinutesAsPrintedTest {

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

    private static List<String> names(PublishedMinutes page, Class<? extends Attendee> kind) {
        return page.attendance().stream().filter(kind::isInstance).map(attendee -> attendee.person().name()).toList();
    }
}
