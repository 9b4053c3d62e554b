package org.minutebook.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.events.resolutions.Vote;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Motions as minutes of other countries' councils move them (session 7, issue 22): the mover and seconder printed on
 * one line far apart, a vote counted after "CARRIED" as for/against, a name written with its accents, the words of a
 * motion that stop where the minute says it was put, and confirmations of minutes in the wordings a clerk reaches for
 * ("a correct statement of events", "a true account", "the Board agreed the minutes"), and minutes named by their
 * meeting before a dash, moved by the initials the minutes call members by ("Full Council 21/6/2022 - Proposed (AH)
 * & Seconded (SB) that …"), and elections as Irish municipal districts minute them ("Cllr. Breen's nomination was
 * seconded by …", "was declared elected as Cathaoirleach").
 */
class ReadingMotionsAsTheyAreMovedTest {

    @Test
    void aMoverAndSeconderPrintedAcrossOneLineAreEachTheirOwn() {
        ItemFact.Decision decision = decision("""
                Minutes of the General Meeting of Wattle Creek Shire Council held on 10 August 2011

                1. Footpath Renewal

                Moved Cr Denton                                        Seconded Cr Wason

                That the footpath renewal program be adopted.

                CARRIED                                                         7/0
                """);

        assertThat(decision.movedBy().name()).isEqualTo("Cr Denton");
        assertThat(decision.secondedBy().name()).as("\"Cr Denton  Seconded\" does not make Denton the seconder")
                .isEqualTo("Cr Wason");
    }

    @Test
    void aMoverWithTheInitialAIsNamedWhole() {
        ItemFact.Decision decision = decision("""
                Minutes of the General Meeting of Wattle Creek Shire Council held on 10 August 2011

                1. Footpath Renewal

                Moved Mr A Henderson                                  Seconded Cr Price

                That the footpath renewal program be adopted.
                """);

        assertThat(decision.movedBy().name()).isEqualTo("Mr A Henderson");
        assertThat(Movers.seconder("The amendment was seconded by Cr Price. A Motion to defer was withdrawn.").name())
                .as("a sentence opening with 'A' is no part of the name before it").isEqualTo("Cr Price.");
    }

    @Test
    void aVoteCountedAfterCarriedIsForThenAgainst() {
        ItemFact.Decision decision = decision("""
                Minutes of the General Meeting of Wattle Creek Shire Council held on 10 August 2011

                1. Footpath Renewal

                Moved: Cr Hubbard Seconded: Cr Groves

                That the footpath renewal program be adopted.

                CARRIED: 5/2
                """);

        assertThat(decision.vote()).isEqualTo(new Vote(5, 2, null, List.of(), null));
    }

    @Test
    void aMoversNameKeepsItsAccents() {
        ItemFact.Decision decision = decision("""
                Minutes of the Monthly Meeting of Ballykeel County Council held on 9 January 2023

                1. Questions to the Chief Executive
                It was moved by Councillor Séamus McGrath and seconded by Councillor Máire Ní Bhriain that the Council approves the Chief Executive answering the questions lodged. The motion was put and carried.
                """);

        assertThat(decision.movedBy().name()).isEqualTo("Councillor Séamus McGrath");
        assertThat(decision.secondedBy().name()).isEqualTo("Councillor Máire Ní Bhriain");
        assertThat(decision.parts()).extracting(part -> part.text()).as("the motion's words stop where it was put")
                .containsExactly("That the Council approves the Chief Executive answering the questions lodged.");
    }

    @Test
    void minutesFoundACorrectStatementOfEventsAreConfirmed() {
        assertThat(confirmed("""
                Minutes of the Monthly Meeting of Glenmoy Commissioners held on 15 January 2015

                1. MINUTES
                The Minutes of the Meeting of 11th December 2014 were examined for accuracy, and it was agreed that they represented a correct statement of events.
                """)).isEqualTo(LocalDate.of(2014, 12, 11));
    }

    @Test
    void minutesTheBoardAgreedAreConfirmed() {
        assertThat(confirmed("""
                Minutes of the General Meeting of Glenmoy Commissioners held on 18 April 2019

                1. MINUTES
                The Chairman requested confirmation of the minutes and the Board agreed the minutes of the meeting held on 21 March 2019.
                """)).isEqualTo(LocalDate.of(2019, 3, 21));
    }

    @Test
    void minutesOfAnotherBodyTheBoardAgreedToCirculateAreNotConfirmed() {
        assertThat(MinutesReader.read("""
                Minutes of the General Meeting of Glenmoy Commissioners held on 18 April 2019

                1. Working Group
                The Board agreed the minutes of the working group should be circulated to all members.
                """).items().get(0).facts()).noneMatch(ItemFact.MinutesConfirmed.class::isInstance);
    }

    @Test
    void minutesConfirmedAsATrueAccountAreConfirmed() {
        assertThat(confirmed("""
                Minutes of the Ordinary Meeting of Wattle Creek Shire Council held on 10 November 2008

                1. CONFIRMATION OF MEETING MINUTES
                That the minutes of the General Meeting held on Monday 13 October 2008 be accepted as a true account of the events.
                """)).isEqualTo(LocalDate.of(2008, 10, 13));
    }

    @Test
    void aResolutionNamingItsMoversAfterACommaIsMovedByThemAndEndsBeforeItsVerdict() {
        ItemFact.Decision decision = decision("""
                Minutes of the Meeting of Ambridge Parish Council held on 4 March 2024

                4. Co-option
                Resolved, proposed Cllr Archer, seconded Cllr Grundy, that Ruth Archer be co-opted to the office of parish councillor for Ambridge. Unanimously agreed Ruth signed the acceptance of office.
                """);

        assertThat(decision.movedBy().name()).isEqualTo("Cllr Archer");
        assertThat(decision.secondedBy().name()).isEqualTo("Cllr Grundy");
        assertThat(decision.parts()).extracting(part -> part.text())
                .containsExactly("that Ruth Archer be co-opted to the office of parish councillor for Ambridge.");
    }

    @Test
    void minutesNamedByADashAndTheirDayAreConfirmedForThatDay() {
        assertThat(confirmed("""
                Minutes of the Meeting of Kowhai Regional Council held on 11 December 2024

                4. Minutes
                That the Regional Council: 1. Confirms the Regional Council Minutes - 23 October 2024 as a true and correct record.
                """)).isEqualTo(LocalDate.of(2024, 10, 23));
    }

    @Test
    void aMinuteNumberPrintedUnderItsTitleNumbersTheItemWhoseMinutesTheBoardAgreed() {
        PublishedMinutes page = MinutesReader.read("""
                GENERAL MEETING
                The minutes of the general meeting held in the Boardroom, Town Hall, Glenmoy on 18 April 2019 at 7:00pm.
                CHAIRMAN’S WELCOME
                18/099
                The Chairman welcomed the Board to the April meeting.
                ITEM 1 MINUTES
                18/100
                The Chairman requested confirmation of the minutes from the last
                meeting and the Board agreed the minutes of the meeting held on 21
                March 2019. The Deputy Chairman proposed the approval of these
                minutes. Mr Davison seconded this proposal and the Board unanimously
                agreed.
                """);

        assertThat(page.items()).extracting(Item::number).containsExactly("18/099", "18/100");
        assertThat(page.items().get(1).facts()).filteredOn(ItemFact.MinutesConfirmed.class::isInstance)
                .extracting(fact -> ((ItemFact.MinutesConfirmed) fact).meetingDate())
                .containsExactly(LocalDate.of(2019, 3, 21));
        assertThat(page.items().get(1).facts()).filteredOn(ItemFact.MinutesConfirmed.class::isInstance)
                .extracting(fact -> ((ItemFact.MinutesConfirmed) fact).secondedBy().name())
                .as("seconded after the confirmation, in its paragraph").containsExactly("Mr Davison");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Carried 6-3|6|3", "The motion was carried by 7 votes to 5.|7|5",
            "On a vote of 5 to 4.|5|4", "10 voting for and 4 against.|10|4"})
    void aVoteOnALineOfItsOwnAfterTheResolutionIsItsCount(String verdict, int votesFor, int against) {
        ItemFact.Decision decision = decision("""
                Minutes of the Meeting of Ambridge Parish Council held on 4 March 2024

                1. Village Hall

                RESOLVED that the hall be repainted.

                %s

                2. Finance

                The accounts were noted.
                """.formatted(verdict));

        assertThat(decision.vote()).isEqualTo(new Vote(votesFor, against, null, List.of(), null));
        assertThat(decision.parts()).extracting(part -> part.text()).containsExactly("that the hall be repainted.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Carried on the Chairman's casting vote.",
            "The vote was tied 7:7 and the Chair used her casting vote in favour."})
    void aResolutionCarriedOnTheChairsCastingVoteSaysSo(String verdict) {
        ItemFact.Decision decision = decision("""
                Minutes of the Meeting of Ambridge Parish Council held on 4 March 2024

                1. Village Hall

                RESOLVED that the hall be repainted.

                %s
                """.formatted(verdict));

        assertThat(decision.vote().castingVote()).isNotNull();
        assertThat(decision.vote().castingVote().ballot()).isEqualTo(org.minutebook.events.resolutions.Ballot.FOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cllr P Archer was nominated by Cllr Grundy, seconded by Cllr Aldridge, and duly elected Chair.",
            "Cllr P Archer was proposed by Cllr Grundy and seconded by Cllr Aldridge and was elected Chair."})
    void aMemberNominatedThenElectedInOneSentenceIsElectedOnThatNomination(String minute) {
        List<ItemFact> facts = MinutesReader.read("Minutes of the Meeting of Ambridge Parish Council held on 4 March 2024"
                + "\n\n1. Election of Chair\n\n" + minute + "\n").items().get(0).facts();

        assertThat(facts).filteredOn(ItemFact.Election.class::isInstance).map(ItemFact.Election.class::cast)
                .extracting(e -> e.elected().name(), ItemFact.Election::office)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Cllr P Archer", "Chair"));
        assertThat(facts).filteredOn(ItemFact.Nomination.class::isInstance).map(ItemFact.Nomination.class::cast)
                .extracting(n -> n.proposedBy().name(), n -> n.secondedBy().name())
                .containsExactly(org.assertj.core.api.Assertions.tuple("Cllr Grundy", "Cllr Aldridge"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cllr Grundy proposed Cllr P Archer.   This was seconded by Cllr Aldridge.",
            "Cllr P Archer was proposed by Cllr Grundy.  This was seconded by Cllr Aldridge."})
    void aNominationSecondedInTheNextSentenceIsSecondedByThatMember(String minute) {
        List<ItemFact> facts = MinutesReader.read("Minutes of the Meeting of Ambridge Parish Council held on 4 March 2024"
                + "\n\n1. Election of Chair\n\n" + minute + "\n\nCllr P Archer was unanimously elected Chair.\n")
                .items().get(0).facts();

        assertThat(facts).filteredOn(ItemFact.Nomination.class::isInstance).map(ItemFact.Nomination.class::cast)
                .extracting(n -> n.nominee().name(), n -> n.proposedBy().name(), n -> n.secondedBy().name())
                .containsExactly(org.assertj.core.api.Assertions.tuple("Cllr P Archer", "Cllr Grundy", "Cllr Aldridge"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "On a motion by Cllr Archer, seconded by Cllr Grundy, it was resolved that the hall be repainted.",
            "Proposed: Cllr Archer Seconded: Cllr Grundy RESOLVED that the hall be repainted.",
            "Cllr Archer proposed and Cllr Grundy seconded that the hall be repainted, and this was agreed.",
            "Upon the motion of Cllr Archer, seconded by Cllr Grundy, it was RESOLVED that the hall be repainted.",
            "It was proposed by Cllr Archer, seconded by Cllr Grundy and RESOLVED that the hall be repainted.",
            "On the proposition of Cllr Archer, seconded by Cllr Grundy, it was resolved that the hall be repainted.",
            "Cllr Archer moved, Cllr Grundy seconded, that the hall be repainted. Carried.",
            "Proposed Cllr Archer, seconded Cllr Grundy: RESOLVED that the hall be repainted."})
    void aDecisionMovedInProseIsMovedAndSecondedByWhomItNames(String minute) {
        ItemFact.Decision decision = decision(villageHall(minute));

        assertThat(decision.movedBy().name()).isEqualTo("Cllr Archer");
        assertThat(decision.secondedBy().name()).isEqualTo("Cllr Grundy");
        assertThat(decision.parts()).extracting(part -> part.text().replaceFirst("\\.$", ""))
                .containsExactly("that the hall be repainted");
    }

    @Test
    void aMotionMovedAndSecondedWhoseCarryingIsNotStatedIsNoDecision() {
        assertThat(MinutesReader.read(villageHall("Cllr Archer proposed and Cllr Grundy seconded that the hall be "
                + "repainted.")).items().get(0).facts()).noneMatch(ItemFact.Decision.class::isInstance);
    }

    @Test
    void minutesNamedByTheirMeetingBeforeADashAndMovedByInitialsAreThatDaysMovedByThem() {
        ItemFact.MinutesConfirmed confirmed = MinutesReader.read("""
                Minutes of the Meeting of Ambridge Parish Council held on Tuesday, 19th July 2022.

                5         To Correct & Approve minutes of previous meetings.

                Full Council 21/6/2022 - Proposed (JA) & Seconded (EG) that the minutes be approved as correct. Unanimously agreed and signed by the Chair.

                6         Village Hall

                The accounts were noted.
                """).items().get(0).facts().stream().filter(ItemFact.MinutesConfirmed.class::isInstance)
                .map(ItemFact.MinutesConfirmed.class::cast).findFirst().orElseThrow();

        assertThat(confirmed.meetingDate()).isEqualTo(LocalDate.of(2022, 6, 21));
        assertThat(confirmed.movedBy().name()).isEqualTo("JA");
        assertThat(confirmed.secondedBy().name()).isEqualTo("EG");
    }

    @Test
    void aCathaoirleachProposedThenSecondedByNameAndDeclaredElectedIsElectedAndDeclaresNoInterest() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of Special Meeting of Ballymore Municipal District held on Tuesday, 21st January, 2020, at 2:00pm in the Council Chamber.
                Present: Cllr. Andrew Bolger, Cllr. Pip Breen, Cllr. Joe Sullivan, Leas-Chathaoirleach, Cllr. Oliver Walsh, Officials: Mr. Eddie Taaffe, Director of Services, Mr. Michael Drea, District Manager.
                Apologies: Cllr. Fionn Ryan.
                1. Election of Cathaoirleach
                Cllr. Pip Breen proposed Cllr. Joe Sullivan as Cathaoirleach. Cllr. Breen's nomination was seconded by Cllr. Oliver Walsh. Cllr. Joe Sullivan, on receiving the vote of the majority, was declared elected as Cathaoirleach.
                """);

        List<ItemFact> facts = page.items().get(0).facts();
        assertThat(facts).filteredOn(ItemFact.Election.class::isInstance).map(ItemFact.Election.class::cast)
                .singleElement().satisfies(election -> {
                    assertThat(election.elected().name()).isEqualTo("Cllr. Joe Sullivan");
                    assertThat(election.office()).isEqualTo("Cathaoirleach");
                });
        assertThat(facts).filteredOn(ItemFact.Nomination.class::isInstance).map(ItemFact.Nomination.class::cast)
                .singleElement().satisfies(nomination -> {
                    assertThat(nomination.proposedBy().name()).isEqualTo("Cllr. Pip Breen");
                    assertThat(nomination.secondedBy().name()).isEqualTo("Cllr. Oliver Walsh");
                });
        assertThat(facts).as("'was declared elected' declares no interest")
                .noneMatch(ItemFact.Interest.class::isInstance);
        assertThat(page.attendance()).filteredOn(Attendee.Present.class::isInstance).map(Attendee::person)
                .map(person -> person.role() == null ? person.name() : person.name() + " (" + person.role() + ")")
                .containsExactly("Cllr. Andrew Bolger", "Cllr. Pip Breen", "Cllr. Joe Sullivan (Leas-Chathaoirleach)",
                        "Cllr. Oliver Walsh");
        assertThat(page.attendance()).filteredOn(Attendee.Officer.class::isInstance).map(Attendee::person)
                .map(person -> person.name() + " (" + person.role() + ")")
                .containsExactly("Mr. Eddie Taaffe (Director of Services)", "Mr. Michael Drea (District Manager)");
    }

    private static String villageHall(String minute) {
        return "Minutes of the Meeting of Ambridge Parish Council held on 4 March 2024\n\n1. Village Hall\n\n" + minute
                + "\n\n2. Finance\n\nThe accounts were noted.\n";
    }

    private static ItemFact.Decision decision(String page) {
        return MinutesReader.read(page).items().get(0).facts().stream().filter(ItemFact.Decision.class::isInstance)
                .map(ItemFact.Decision.class::cast).findFirst().orElseThrow();
    }

    private static LocalDate confirmed(String page) {
        return MinutesReader.read(page).items().get(0).facts().stream()
                .filter(ItemFact.MinutesConfirmed.class::isInstance).map(ItemFact.MinutesConfirmed.class::cast)
                .findFirst().orElseThrow().meetingDate();
    }
}
