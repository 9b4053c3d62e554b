package org.minutebook.query.interests;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which registered interests match an agenda item: two words shared, or a name, never the words of every paper. */
class SharedWordsTest {

    private static final String COUNCIL = "Leicestershire County Council";

    @Test
    void aDirectorshipMatchesAnApplicationByTheSameCompany() {
        assertThat(SharedWords.match("Director, Glenfield Homes Ltd",
                "Glenfield Homes Ltd: proposed development of land at Ratby Road", COUNCIL))
                .containsExactly("glenfield", "homes");
    }

    @Test
    void oneNameSharedIsAMatch() {
        assertThat(SharedWords.match("Governor at Ellesmere College", "Funding for Ellesmere pupils", COUNCIL))
                .containsExactly("ellesmere");
    }

    @Test
    void oneOrdinaryWordSharedIsNot() {
        assertThat(SharedWords.match("Allotment holder, transport depot site", "Home to school transport", COUNCIL))
                .isEmpty();
    }

    @Test
    void theWordsOfEveryPaperAndOfTheCouncilsNameAreNotCounted() {
        assertThat(SharedWords.match("Member of Leicestershire County Council pension committee",
                "Leicestershire County Council annual report of the committee", COUNCIL)).isEmpty();
    }

    @Test
    void aNameOpeningBothTheEntryAndTheTitleIsAMatch() {
        assertThat(SharedWords.match("Crewe Charter Trustee", "Crewe Community Governance Review",
                "Cheshire East Council")).containsExactly("crewe");
    }

    @Test
    void aSchoolsFederationIsNotEveryFederationOfSchools() {
        assertThat(SharedWords.match("Vice-Chair of Governors, Barnsole Schools Federation", "Federation of Schools.",
                "Caerphilly County Borough Council")).isEmpty();
    }
}
