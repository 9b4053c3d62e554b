package org.minutebook.reader;

import org.junit.jupiter.api.Test;
import org.minutebook.events.business.FutureMeetingDate;
import org.minutebook.events.resolutions.Vote;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms of heading and fact that the first run of the importer on other councils' pages refused or misread
 * (issue 22), each read as the clerk meant it: a body over its date and times, a meeting that commenced and
 * concluded, an extraordinary meeting, labels run into one line, an item's own page with a recorded vote, movers in
 * prose, a confirmation said in three words; and of the second round of pages: a ModernGov item's own page, an
 * apology naming who stood in, rows of a table that lost their ends, a motion's words followed by the minute.
 */
class ReadingTheFormsMinutesUseTest {

    @Test
    void aFireAuthorityOverItsDayAndTimesIsItsCommitteeAndMeeting() {
        MeetingDetails meeting = read("""
                Full Authority
                30 May 2018 - 10:00 to 11:30

                1.
                Apologies for Absence
                None.
                """).meeting();

        assertThat(meeting.committee()).isEqualTo("Full Authority");
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2018, 5, 30));
        assertThat(meeting.startsAt()).isEqualTo(LocalTime.of(10, 0));
        assertThat(meeting.closedAt()).isEqualTo(LocalTime.of(11, 30));
        assertThat(meeting.council()).as("a body named \"Full Authority\" is no council").isNull();
    }

    @Test
    void aPlanningCommitteeCommencedAtFourAndConcludedAtTwentyToSix() {
        MeetingDetails meeting = read("""
                Planning & Regulatory Committee
                Wednesday, 25th July 2012
                Meeting Commenced: 4pm
                Meeting Concluded: 5:40pm

                1. Apologies for Absence
                None.
                """).meeting();

        assertThat(meeting.committee()).isEqualTo("Planning & Regulatory Committee");
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2012, 7, 25));
        assertThat(meeting.startsAt()).isEqualTo(LocalTime.of(16, 0));
        assertThat(meeting.closedAt()).isEqualTo(LocalTime.of(17, 40));
    }

    @Test
    void anExtraordinaryParishCouncilMeetingIsSpecial() {
        MeetingDetails meeting = read("""
                EXTRA ORDINARY PARISH COUNCIL MEETING
                26 April 2021 MINUTES

                1. APOLOGIES
                None.
                """).meeting();

        assertThat(meeting.special()).isTrue();
        assertThat(meeting.committee()).isEqualTo("PARISH COUNCIL");
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2021, 4, 26));
    }

    @Test
    void labelsRunIntoOneLineGiveTheDayThePlaceAndTheTime() {
        MeetingDetails meeting = read("""
                Minutes for the Ordinary Council Meeting Date: 22 November 2017 Location: Council Chamber, Civic Centre Time: 6.00PM

                1. Apologies
                None.
                """).meeting();

        assertThat(meeting.date()).isEqualTo(LocalDate.of(2017, 11, 22));
        assertThat(meeting.venue()).isEqualTo("Council Chamber, Civic Centre");
        assertThat(meeting.startsAt()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void anItemsOwnPageKeepsItsNumberAndItsRecordedVote() {
        PublishedMinutes page = read("""
                Issue - meetings

                Meeting: 04/07/2012 - Council (Item 39)

                Councillor David Levett, as Chair, proposed and Councillor Claire Strong seconded that the motion be adopted.

                RESOLVED: That the motion be adopted.

                For: 26 Against: 32 Abstention: 0
                """);

        assertThat(page.meeting().committee()).isEqualTo("Council");
        assertThat(page.meeting().date()).isEqualTo(LocalDate.of(2012, 7, 4));
        assertThat(page.items()).extracting(Item::number).containsExactly("39");
        ItemFact.Decision decision = (ItemFact.Decision) page.items().get(0).facts().stream()
                .filter(ItemFact.Decision.class::isInstance).findFirst().orElseThrow();
        assertThat(decision.movedBy().name()).isEqualTo("Councillor David Levett");
        assertThat(decision.secondedBy().name()).isEqualTo("Councillor Claire Strong");
    }

    @Test
    void aRecordedVoteIsCountedAsPrinted() {
        PublishedMinutes page = read("""
                Council - Wednesday, 4 July 2012 7.00 pm

                39.
                Motion on Parking
                Minutes:
                The motion was lost. For: 26 Against: 32 Abstention: 0
                """);

        ItemFact.Decision lost = (ItemFact.Decision) page.items().get(0).facts().get(0);
        assertThat(lost.carried()).isFalse();
        assertThat(lost.vote()).isEqualTo(new Vote(26, 32, 0, List.of(), null));
    }

    @Test
    void thisWasConfirmedConfirmsTheMinutesTheItemNames() {
        PublishedMinutes page = read("""
                Parish Council - Monday, 3 June 2024 7.30 pm

                5.
                Minutes of the meeting held on 13 May 2024
                Minutes:
                This was confirmed.
                """);

        assertThat(page.items().get(0).facts()).singleElement().isInstanceOfSatisfying(
                ItemFact.MinutesConfirmed.class, confirmed -> assertThat(confirmed.meetingDate())
                        .isEqualTo(LocalDate.of(2024, 5, 13)));
    }

    @Test
    void aModernGovItemsOwnPageIsOneItemWhoseNumberedParagraphsAreItsOwn() {
        PublishedMinutes page = read("""
                Agenda item

                Apologies

                It was reported that, as apologies for absence had been received from the Mayor and Councillors Amil and King, the meeting was inquorate. The Mayor has three options:

                1.       Make the decisions in private and publish his record of decisions.

                2.       Rearrange the meeting.
                """);

        assertThat(page.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Apologies");
            assertThat(item.number()).isNull();
        });
        assertThat(page.attendance()).filteredOn(Attendee.Apology.class::isInstance)
                .extracting(attendee -> ((Attendee.Apology) attendee).person().asWritten())
                .containsExactly("the Mayor", "Councillor Amil", "Councillor King");
    }

    @Test
    void anApologyWhoseBracketNamesWhoStoodInRecordsTheSubstituteForTheOneAbsent() {
        PublishedMinutes page = read("""
                Combined Authority - Friday, 8 March 2024 10.00 am

                1.
                Apologies for absence
                Minutes:
                Apologies for absence had been received from Cllr Kevin Guy (Cllr Sarah Warren attended as substitute).
                """);

        assertThat(page.attendance()).filteredOn(Attendee.Substitute.class::isInstance).singleElement()
                .satisfies(attendee -> {
                    Attendee.Substitute substitute = (Attendee.Substitute) attendee;
                    assertThat(substitute.person().name()).isEqualTo("Cllr Sarah Warren");
                    assertThat(substitute.forMember().name()).isEqualTo("Cllr Kevin Guy");
                });
        assertThat(page.attendance()).filteredOn(Attendee.Apology.class::isInstance)
                .extracting(attendee -> ((Attendee.Apology) attendee).person().role()).containsExactly((String) null);
    }

    @Test
    void rowsThatLostTheirEndsAreItemsAndAnOfficersCouncilIsNotTheMeetings() {
        PublishedMinutes page = read("""
                Welcome Minutes: This being the inaugural meeting, Ian Knowles, Chief Executive of West Lindsey District Council, presided over agenda items 1 and 2.
                Apologies for Absence Minutes: There were no apologies for absence, with all Members present.
                """);

        assertThat(page.items()).extracting(Item::title).containsExactly("Welcome", "Apologies for Absence");
        assertThat(page.meeting().council()).as("the Chief Executive's council, named in a minute").isNull();
    }

    @Test
    void aMotionsWordsEndWhereItsSentenceDoesAndTheMinuteGoesOn() {
        PublishedMinutes page = read("""
                Council - Monday, 20 May 2019 7.00 pm

                AM319
                Suspension of Standing Orders
                Minutes:
                Councillor Devenney Moved, Councillor Hussey Seconded and the Council
                Resolved        that Standing Orders be suspended.
                In response to a query by Councillor McCann, the Lead Legal Services Officer advised on the procedure.
                """);

        ItemFact.Decision decision = (ItemFact.Decision) page.items().get(0).facts().stream()
                .filter(ItemFact.Decision.class::isInstance).findFirst().orElseThrow();
        assertThat(decision.parts()).extracting(part -> part.text())
                .containsExactly("that Standing Orders be suspended.");
        assertThat(decision.movedBy().name()).isEqualTo("Councillor Devenney");
        assertThat(decision.secondedBy().name()).isEqualTo("Councillor Hussey");
    }

    @Test
    void anItemTitledWithAListsLabelWordIsAnItemNotAList() {
        PublishedMinutes page = read("""
                Parish Council - Monday, 3 June 2024 7.30 pm

                Present: Cllr A Smith, Cllr B Jones

                1. Apologies
                None.

                2. Staff Survey Results
                The report was noted.

                3. Members Allowances Scheme
                The scheme was noted.
                """);

        assertThat(page.items()).extracting(Item::title)
                .containsExactly("Apologies", "Staff Survey Results", "Members Allowances Scheme");
    }

    @Test
    void aNameWithItsOwnOfficeAfterTitledNamesIsSomeoneElseNotTheirOffice() {
        PublishedMinutes page = read("""
                Licensing Sub-Committee - Monday, 3 June 2024 10.00 am

                Present: Cllr A Smith, Cllr B Jones

                Also present: Mr C Brown, Mrs D Green, Sarah Lee (Licensing Manager)

                1. Apologies
                None.
                """);

        assertThat(page.attendance()).filteredOn(attendee -> !(attendee instanceof Attendee.Present))
                .extracting(attendee -> attendee.person().asWritten())
                .contains("Mr C Brown", "Mrs D Green").anyMatch(who -> who.startsWith("Sarah Lee"));
    }

    @Test
    void aCouncilNamedInTheVenuesAddressIsNotTheMeetingsCouncil() {
        MeetingDetails meeting = read("""
                MINUTES OF A meeting of the Regional Council
                Date: Wednesday 25 February 2015
                Time: 9.00 am
                Venue:
                Council Chamber Hawke's Bay Regional Council 159 Dalton Street NAPIER

                1. Apologies
                None.
                """).meeting();

        assertThat(meeting.committee()).isEqualTo("Regional Council");
        assertThat(meeting.council()).as("the council whose chamber the venue is").isNull();
    }

    @Test
    void theNextMeetingsTimeIsNotTheTimeOfTheDaysListedAfterIt() {
        PublishedMinutes page = read("""
                Overview and Scrutiny Committee - Wednesday, 18 November 2020 9.30 am

                31. Dates of Future Meetings.
                RESOLVED:
                It was noted that the next meeting of the Committee would be held on 19 January 2021 at
                2.00 pm.
                Future meetings of the Committee would be held on the following dates:
                9 March 2021
                1 June 2021
                """);

        assertThat(page.items().get(0).facts()).filteredOn(ItemFact.FutureMeetingDates.class::isInstance)
                .singleElement().extracting(fact -> ((ItemFact.FutureMeetingDates) fact).dates())
                .isEqualTo(List.of(new FutureMeetingDate(LocalDate.of(2021, 1, 19), LocalTime.of(14, 0)),
                        new FutureMeetingDate(LocalDate.of(2021, 3, 9), null),
                        new FutureMeetingDate(LocalDate.of(2021, 6, 1), null)));
    }

    @Test
    void anAwardsEveningBeforeTheNextMeetingIsNoMeetingsDay() {
        PublishedMinutes page = read("""
                Council - Monday, 20 May 2019 7.00 pm

                AM319 Dalradian Gold Limited
                Councillor Harkin stated that the company was a sponsor of the Business Awards due to take place on 7 June 2019, prior to the next meeting of Council.
                """);

        assertThat(page.items()).anyMatch(item -> item.title().contains("Dalradian")).allSatisfy(item ->
                assertThat(item.facts()).noneMatch(ItemFact.FutureMeetingDates.class::isInstance));
    }

    @Test
    void aTimeStatedForTheFollowingDatesIsEachDaysTime() {
        PublishedMinutes page = read("""
                Overview and Scrutiny Committee - Tuesday, 2 November 2021 2.00 pm

                42. Dates of Future Meetings.
                Future meetings would be held at 2.00pm on the following dates: 8 March 2022 7 June 2022.
                """);

        assertThat(page.items().get(0).facts()).filteredOn(ItemFact.FutureMeetingDates.class::isInstance)
                .singleElement().extracting(fact -> ((ItemFact.FutureMeetingDates) fact).dates())
                .isEqualTo(List.of(new FutureMeetingDate(LocalDate.of(2022, 3, 8), LocalTime.of(14, 0)),
                        new FutureMeetingDate(LocalDate.of(2022, 6, 7), LocalTime.of(14, 0))));
    }

    @Test
    void anOfficeInTeReoMaoriIsTheOfficersOfficeNotTheirName() {
        PublishedMinutes page = read("""
                MINUTES OF A meeting of the Regional Council
                Date: Tuesday 28 November 2023
                Present: Cr A Smith
                I Tae Mai/In Attendance:
                Pou Taumatua - GM Corporate Services
                Tāhūhū Rangapū - Chief Executive Officer

                1. Apologies
                None.
                """);

        assertThat(page.attendance()).filteredOn(Attendee.Officer.class::isInstance)
                .extracting(attendee -> attendee.person().name()).containsOnlyNulls().hasSize(2);
        assertThat(page.attendance()).filteredOn(Attendee.Officer.class::isInstance)
                .extracting(attendee -> attendee.person().role())
                .containsExactly("Pou Taumatua - GM Corporate Services", "Tāhūhū Rangapū - Chief Executive Officer");
    }

    @Test
    void aScottishMinuteOfTheMeetingNamesTheBoardItsPlaceAndItsTime() {
        MeetingDetails meeting = read("""
                Minute of the meeting of The Highland Licensing Board, held in the Council Chamber, Headquarters, Glenurquhart Road, Inverness on Tuesday 5th October 2010 at 02.00pm.

                1. Apologies for Absence
                Mrs G Sinclair, Mr A Rhind
                """).meeting();

        assertThat(meeting.committee()).isEqualTo("Highland Licensing Board");
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2010, 10, 5));
        assertThat(meeting.startsAt()).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void aBoardsNameRunningOverThePageIsNoOneInAttendance() {
        PublishedMinutes page = read("""
                Minutes of a meeting of the Waitematā Local Board held in the Board Office on Tuesday, 20 March 2018 at 2:02pm.
                IN ATTENDANCE
                Wendy Grosvenor Licensing Assistant
                Waitematā Local Board
                20 March 2018

                1 Welcome
                The Chair opened the meeting.
                """);

        assertThat(page.attendance()).extracting(attendee -> attendee.person().asWritten())
                .containsExactly("Wendy Grosvenor (Licensing Assistant)");
    }

    @Test
    void apologiesIntimatedOnBehalfOfMembersAreTheirApologies() {
        PublishedMinutes page = read("""
                Minute of the meeting of the Licensing Board held in the Council Chamber on Tuesday 11 August 2015 at 1.30pm.

                1. Apologies for Absence
                Apologies for absence were intimated on behalf of Mr A Duffy and Mr C Fraser.

                2. Declarations of Interest
                There were no declarations of interest.
                """);

        assertThat(page.attendance()).filteredOn(Attendee.Apology.class::isInstance)
                .extracting(attendee -> attendee.person().asWritten()).containsExactly("Mr A Duffy", "Mr C Fraser");
    }

    @Test
    void aPageSavedTwiceOverIsReadOnceFromTheCopyWhoseLinesAreKept() {
        String copy = """
                1
                19 November, 2014 – Ordinary Meeting of Council – Minutes Shire of Kent
                MINUTES
                1. DECLARATION OF OPENING & ANNOUNCEMENT OF VISITORS
                The Shire President, Cr Crosby, declared the meeting opened at 5.50 pm.
                2. DECLARATION OF INTERESTS:
                Nil
                3. PUBLIC QUESTION TIME:
                Nil
                4. CONFIRMATION OF MINUTES:
                The minutes of the Ordinary Meeting of Council held on Wednesday 15 October 2014 were confirmed as a
                true and correct record of proceedings.
                """;
        PublishedMinutes page = read(copy.replace('\n', ' ') + "\nUpload: others\nTRANSCRIPT\n" + copy);

        assertThat(page.items()).extracting(Item::title).containsExactly(
                "DECLARATION OF OPENING & ANNOUNCEMENT OF VISITORS", "DECLARATION OF INTERESTS",
                "PUBLIC QUESTION TIME", "CONFIRMATION OF MINUTES");
    }

    @Test
    void anOpeningAnnouncedWithVisitorsThatOnlyOpenedTheMeetingAnnouncesNothing() {
        PublishedMinutes page = read("""
                Minutes of the Ordinary Meeting of the Shire of Kent held in the Council Chambers on Wednesday 19 November 2014

                1. DECLARATION OF OPENING & ANNOUNCEMENT OF VISITORS
                The Shire President, Cr Crosby, declared the meeting opened at 5.50 pm.

                2. PUBLIC QUESTION TIME
                Nil
                """);

        assertThat(page.items()).hasSize(2).allSatisfy(item ->
                assertThat(item.facts()).noneMatch(ItemFact.Announcement.class::isInstance));
    }

    @Test
    void titledNamesUnderTheMinutesSentenceWhoseLabelWasLostArePresent() {
        PublishedMinutes page = read("""
                Minute of the meeting of The Highland Licensing Board, held in the Council Chamber, Inverness on Tuesday 5th October 2010 at 02.00pm.


                Mr P Corbett
                Mr G Rimell
                Mrs M Paterson

                In attendance:
                Donald Somerville Clerk to the Licensing Board

                1. Apologies for Absence
                Mrs G Sinclair, Mr A Rhind
                """);

        assertThat(page.attendance()).filteredOn(Attendee.Present.class::isInstance)
                .extracting(attendee -> attendee.person().asWritten())
                .containsExactly("Mr P Corbett", "Mr G Rimell", "Mrs M Paterson");
    }

    @Test
    void aNoteOfMeetingApprovedConfirmsTheMinutesOfTheDayItNames() {
        PublishedMinutes page = read("""
                Local Licensing Forum - Tuesday, 22 April 2008 10:15 am

                3. Minutes
                The Note of Meeting of 14 November 2007 was unanimously approved.
                """);

        assertThat(page.items()).flatExtracting(Item::facts).filteredOn(ItemFact.MinutesConfirmed.class::isInstance)
                .extracting(fact -> ((ItemFact.MinutesConfirmed) fact).meetingDate())
                .containsExactly(LocalDate.of(2007, 11, 14));
    }

    @Test
    void aCommunityCouncilAgreeingToAppointItsConvenerDecidedIt() {
        PublishedMinutes page = read("""
                Minutes of the Inaugural Meeting of Ambridge Community Council held on Tuesday 25 October 2022
                Present: Jill Archer, Tom Forrest, Lynda Snell

                1. Office bearers
                - It was agreed to appoint Lynda Snell as Convener of the Community Council.
                - It was agreed to continue appointment of a Secretary to the next meeting.
                - Tom Forrest thanked the members for their support.
                """);

        assertThat(page.items().get(0).facts()).filteredOn(ItemFact.Decision.class::isInstance)
                .extracting(fact -> ((ItemFact.Decision) fact).parts().get(0).text())
                .containsExactly("to appoint Lynda Snell as Convener of the Community Council",
                        "to continue appointment of a Secretary to the next meeting");
    }

    @Test
    void aBoardsResolutionInATableRowNamesItsMoversThenItsWords() {
        PublishedMinutes page = read("""
                Minutes of a meeting of Ambridge Community Board held in the Village Hall on Wednesday, 14 October 2020 at 6pm
                Present: Chairperson Richard Clark, Paul Eade, Hilary Kent

                7.1 Community Leadership Report
                Resolution Moved Paul Eade, seconded Hilary Kent and resolved: That the Ambridge Community Board receives the report. |
                """);

        ItemFact.Decision decision = page.items().get(0).facts().stream().filter(ItemFact.Decision.class::isInstance)
                .map(ItemFact.Decision.class::cast).findFirst().orElseThrow();
        assertThat(decision.parts().get(0).text()).isEqualTo("That the Ambridge Community Board receives the report.");
        assertThat(decision.movedBy().name()).isEqualTo("Paul Eade");
        assertThat(decision.secondedBy().name()).isEqualTo("Hilary Kent");
    }

    private static PublishedMinutes read(String page) {
        return MinutesReader.read(page);
    }
}
