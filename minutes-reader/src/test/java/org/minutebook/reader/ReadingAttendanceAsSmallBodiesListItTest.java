package org.minutebook.reader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attendance as community councils and forums write it, as small made-up pages of bodies that do not exist: a plural
 * title before a comma, people joined by "&", the clerk among the members, "Also:" for who else came, apologies
 * "were received from" under their heading or "sent his apologies", staff and the public under labels of their own,
 * members grouped by the place they stand for, which each then stands for, lists run into one line with
 * the minute after them, names printed in columns run together without commas, and apologies accepted in a
 * resolution ("That apologies be received … for Cr. Hart", "the apologies and requests for leave of absence from …"). Rule: {@code attendance-as-small-bodies-list-it}.
 */
class ReadingAttendanceAsSmallBodiesListItTest {

    private static final String ITEMS = """

            3         Minutes

            The minutes of the last meeting were approved.
            """;

    @Test
    void aPluralTitleBeforeACommaTitlesEachMemberButNotTheClerkAndAlsoNamesAGuest() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the meeting of Pendle Vale Community Council held on Tuesday, 4th March 2025.

                1          Present

                Councillors, Mr Huw Rees (Chair), Mrs Ann Lloyd, Mr Tom Pugh & Mr J Ellis Price (Clerk). Also: County Councilor Mr Ifor Bowen

                2         Apologies

                were received from: Councillors Mr Dai Morgan & Mrs Eira Vaughan. Also: County Councilor Mr Rhys Lewis
                """ + ITEMS);

        assertThat(present(page)).containsExactly("Councillor Mr Huw Rees", "Councillor Mrs Ann Lloyd",
                "Councillor Mr Tom Pugh");
        assertThat(page.meeting().chair().name()).isEqualTo("Councillor Mr Huw Rees");
        assertThat(people(page, Attendee.Officer.class)).containsExactly("Mr J Ellis Price (Clerk)");
        assertThat(people(page, Attendee.Guest.class)).containsExactly("County Councilor Mr Ifor Bowen");
        assertThat(apologies(page)).containsExactly("Councillor Mr Dai Morgan", "Councillor Mrs Eira Vaughan",
                "County Councilor Mr Rhys Lewis");
    }

    @Test
    void staffAndThePublicUnderLabelsOfTheirOwnAndAnApologySentInASentence() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the Ordinary Meeting of Glynmawr Community Council held on Thursday 6th March 2025
                Present: Chair Cllr. D Owen, Cllr. E Hale, Cllr. F Rowe
                Council Employees Present: RFO Gwen Tudor, Clerk Mair Jenkins
                Members of the Public Present: Cllr H Bevan
                12/25 Apologies: Cllr. G Rowe sent his apologies.
                13/25 Minutes: RESOLVED that the minutes of the last meeting be approved.
                """);

        assertThat(present(page)).containsExactly("Cllr. D Owen", "Cllr. E Hale", "Cllr. F Rowe");
        assertThat(people(page, Attendee.Officer.class)).containsExactly("Gwen Tudor (RFO)", "Mair Jenkins (Clerk)");
        assertThat(people(page, Attendee.Guest.class)).containsExactly("Cllr H Bevan");
        assertThat(apologies(page)).containsExactly("Cllr. G Rowe");
    }

    @Test
    void membersGroupedByThePlaceTheyStandForAreThoseNamedAndThePlacesAreNoOne() {
        PublishedMinutes page = MinutesReader.read("""
                Meeting of the Eastvale Community Council Forum
                Wednesday 2nd April 2025 @ 19:00 in Brookside Hall
                1) Welcome
                Present:
                Northfield: Apologies from Ruth Kerr and Ian Dow
                Millbank and Stow: No rep
                Westerton: Alan Reid, Apologies from Joan Bell
                Upper Glen: No working CC
                Kirkton: Mary Scott (MS) (Forum Chair), Peter Hay
                2) Secretary’s Report
                The report was noted.
                """);

        assertThat(people(page, Attendee.Present.class)).containsExactly("Alan Reid (Westerton)", "Mary Scott",
                "Peter Hay (Kirkton)");
        assertThat(page.meeting().chair().name()).isEqualTo("Mary Scott");
        assertThat(people(page, Attendee.Apology.class)).containsExactly("Ruth Kerr (Northfield)",
                "Ian Dow (Northfield)", "Joan Bell (Westerton)");
    }

    @Test
    void listsRunIntoOneLineEndWhereOthersAlsoPresentBeginAndBeforeTheMinuteAfterThem() {
        PublishedMinutes page = MinutesReader.read("MUNICIPAL DISTRICT OF BALLYMORE MINUTES OF PROCEEDINGS OF ANNUAL "
                + "MEETING HELD ON MONDAY, 22nd JUNE, 2015, AT 7.30 PM Present: Councillors: Peter “Chap” Ryan, Mary "
                + "Doyle, Sean Kelly. Apologies: Tom Burke Also Present: Mr. John Walsh, A/Director of Services, Ms. Ann "
                + "Cooney, Staff Officer. Summons of Meeting: Notice dated 15th June, 2015, was read, convening the "
                + "Statutory Meeting for this date, for the purpose of electing a Mayor for the ensuing year. Item No. 1. "
                + "Election of Mayor: Proposed by: Cllr. Mary Doyle Seconded by: Cllr. Sean Kelly And unanimously "
                + "Resolved “That Cllr. Peter Ryan be elected to fill the Office of Mayor for the ensuing year.” All "
                + "members thanked Cllr. Kelly for the manner in which he carried out his duties as Mayor.\n");

        assertThat(present(page)).containsExactly("Councillor Peter “Chap” Ryan", "Councillor Mary Doyle",
                "Councillor Sean Kelly");
        assertThat(apologies(page)).as("the words after the list are no one").containsExactly("Tom Burke");
        assertThat(people(page, Attendee.Officer.class)).containsExactly("Mr. John Walsh (A/Director of Services)",
                "Ms. Ann Cooney (Staff Officer)");
        assertThat(page.meeting().venue()).as("'in which he carried out' names no place").isNull();
    }

    @Test
    void namesPrintedInColumnsAndRunTogetherWithoutCommasAreEachOnePerson() {
        PublishedMinutes page = MinutesReader.read("""
                Glenmore National Park Authority
                Minutes of the Board Meeting held at Nethy Village Hall on 10th September 2004 at 1.30pm
                Present: Eric Baird William McKenna Stuart Black Andrew Rafferty Duncan Bryden Mrs Lucy Grant
                In Attendance: Nick Halfhide Jane Hope
                Apologies: Peter Argyle David Green

                1. Minutes of Last Meeting
                The minutes of the meeting of 13th August 2004 were approved.
                """);

        assertThat(present(page)).containsExactly("Eric Baird", "William McKenna", "Stuart Black", "Andrew Rafferty",
                "Duncan Bryden", "Mrs Lucy Grant");
        assertThat(people(page, Attendee.Officer.class)).containsExactly("Nick Halfhide", "Jane Hope");
        assertThat(apologies(page)).containsExactly("Peter Argyle", "David Green");
    }

    @Test
    void apologiesAcceptedInAResolutionAreFromThoseItNames() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the General Meeting of Wattle Creek Shire Council held on 10 August 2011

                1. Apologies

                That apologies be received and leave of absence granted for Cr. Hart and Cr. Nolan for this meeting.

                2. Leave of Absence

                THAT the apologies and requests for leave of absence from Councillors Moss, Reid and Shaw in respect of an inability to attend the Ordinary Meeting on 21 April 2010 be accepted.
                """);

        assertThat(apologies(page)).containsExactly("Cr. Hart", "Cr. Nolan", "Councillor Moss", "Councillor Reid",
                "Councillor Shaw");
    }

    @Test
    void apologiesWithTheMinutesNumberRunIntoThemAreStillApologies() {
        PublishedMinutes page = MinutesReader.read("""
                Minutes of the Licensing Committee of Borsetshire District Council held on 15 September 2005

                Min No  Minute
                9Apologies for absence were received from Councillors Mrs. G.L. Moss, B.C. Reid and J.M. Shaw.
                10RESOLVED that the report be noted.
                """);

        assertThat(apologies(page)).containsExactly("Councillor Mrs. G.L. Moss", "Councillor B.C. Reid",
                "Councillor J.M. Shaw");
    }

    private static List<String> present(PublishedMinutes page) {
        return page.attendance().stream().filter(Attendee.Present.class::isInstance)
                .map(attendee -> attendee.person().name()).toList();
    }

    private static List<String> apologies(PublishedMinutes page) {
        return page.attendance().stream().filter(Attendee.Apology.class::isInstance)
                .map(attendee -> attendee.person().name()).toList();
    }

    private static List<String> people(PublishedMinutes page, Class<? extends Attendee> kind) {
        return page.attendance().stream().filter(kind::isInstance).map(Attendee::person)
                .map(person -> person.role() == null ? person.name() : person.name() + " (" + person.role() + ")")
                .toList();
    }
}
