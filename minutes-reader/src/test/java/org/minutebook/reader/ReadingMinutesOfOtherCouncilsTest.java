package org.minutebook.reader;

import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.Vote;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Minutes in the shapes of councils the five pages do not come from — a district planning committee's ModernGov
 * page, a licensing sub-committee's printed minutes — read as their clerks would: votes counted, mover and
 * seconder, "RESOLVED –", a declaration on a named item, a petition with its signatures, the public excluded for
 * the next item, a deferral with its reason, lists of those present and in attendance on one line.
 */
class ReadingMinutesOfOtherCouncilsTest {

    private static final String PLANNING_COMMITTEE = """
            Agenda and minutes

            Planning Committee - Wednesday, 12th March, 2025 6.30 pm

            Venue: Council Chamber, Civic Centre, Stevenage

            Contact: Jane Smith, Committee Officer, Tel: 01438 242000 Email: committees@stevenage.gov.uk

            Items
            No. Item

            1.

            Apologies for absence and substitutions

            Minutes:

            Apologies for absence were received from Councillors Brown, Green and White. Councillor Black attended as a substitute for Councillor White.

            2.

            Declarations of Interest

            Minutes:

            Councillor Gray declared a disclosable pecuniary interest in item 4 as the owner of a neighbouring property and left the room for that item.

            3.

            Petitions

            Minutes:

            Mr John Doe presented a petition entitled ‘Save the Old Library’ signed by 1,250 residents. The petition was presented by Mr John Doe.

            4.

            25/00123/FP - Land at High Street pdf icon PDF 410 KB

            Minutes:

            The Committee considered an application for planning permission.

            It was moved by Councillor Blue and seconded by Councillor Red that the application be refused. Upon being put to the vote there were 5 votes for, 4 against and 1 abstention.

            RESOLVED – That planning permission be refused for the reasons set out in the report.

            5.

            Motion on Street Lighting

            Minutes:

            The motion was lost, with 3 votes for and 7 against.

            6.

            Exclusion of the public

            Minutes:

            RESOLVED: That under Section 100A of the Local Government Act 1972 the press and public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A of the Act.

            7.

            Town Centre Regeneration

            Minutes:

            This item was deferred to the next meeting as the report was not ready.

            The meeting ended at 8.45 pm.
            """;

    private static final String LICENSING_SUB_COMMITTEE = """
            MINUTES of the meeting of the Licensing Sub-Committee held in Committee Room 1, Town Hall on Monday, 3 February 2025 at 10.00 am

            Present: Councillor A. Jones (Chair), Councillors B. Patel and C. Evans

            Also present: Cllr D. Khan (Cabinet Member for Housing)

            Officers: Sarah Lee (Licensing Manager), Tom Hill (Solicitor)

            1. Apologies for Absence
            Apologies for absence were received from Councillor E. Walsh.

            2. Declarations of Interest
            None were declared.

            3. Application for a premises licence
            The Sub-Committee considered the application. On being put to the vote the
            application was granted on the Chair's casting vote.
            RESOLVED – That the premises licence be granted subject to the conditions
            set out in the report.

            The meeting closed at 11.15 am.
            """;

    @Test
    void aPlanningCommitteeRefusesAnApplicationOnAVoteAndDefersAnItem() {
        PublishedMinutes minutes = MinutesReader.read(PLANNING_COMMITTEE);

        assertThat(minutes.meeting().committee()).isEqualTo("Planning Committee");
        assertThat(minutes.meeting().date()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(minutes.meeting().startsAt()).isEqualTo(LocalTime.of(18, 30));
        assertThat(minutes.meeting().closedAt()).isEqualTo(LocalTime.of(20, 45));
        assertThat(minutes.attendance()).containsExactly(
                new Attendee.Apology(18, named("Councillor Brown")),
                new Attendee.Apology(18, named("Councillor Green")),
                new Attendee.Apology(18, named("Councillor White")),
                new Attendee.Substitute(18, named("Councillor Black"), named("Councillor White")),
                new Attendee.Guest(34, named("Mr John Doe"), null));
        assertThat(item(minutes, "2").facts()).containsExactly(new ItemFact.Interest(26, named("Councillor Gray"),
                "a disclosable pecuniary interest in item 4 as the owner of a neighbouring property and left the room"
                        + " for that item", InterestCategory.DISCLOSABLE_PECUNIARY, "4", true, false));
        assertThat(item(minutes, "3").facts()).singleElement().isInstanceOfSatisfying(ItemFact.Petition.class,
                petition -> {
                    assertThat(petition.title()).isEqualTo("Save the Old Library");
                    assertThat(petition.presentedBy()).isEqualTo(named("Mr John Doe"));
                    assertThat(petition.signatures()).isEqualTo(1250);
                });
        ItemFact.Decision refused = (ItemFact.Decision) item(minutes, "4").facts().get(0);
        assertThat(refused.parts()).singleElement().satisfies(part -> assertThat(part.text())
                .isEqualTo("That planning permission be refused for the reasons set out in the report."));
        assertThat(refused.movedBy()).isEqualTo(named("Councillor Blue"));
        assertThat(refused.secondedBy()).isEqualTo(named("Councillor Red"));
        assertThat(refused.vote()).isEqualTo(new Vote(5, 4, 1, List.of(), null));
        assertThat(item(minutes, "5").facts()).singleElement().isInstanceOfSatisfying(ItemFact.Decision.class,
                lost -> assertThat(lost.carried()).isFalse());
        assertThat(item(minutes, "6").exemption()).isNull();
        assertThat(item(minutes, "7").exemption().schedule12AParagraph()).isEqualTo("3");
        assertThat(item(minutes, "7").facts()).containsExactly(
                new ItemFact.Deferred(70, "to the next meeting as the report was not ready"));
    }

    @Test
    void aLicensingSubCommitteeGrantsALicenceOnTheChairsCastingVote() {
        PublishedMinutes minutes = MinutesReader.read(LICENSING_SUB_COMMITTEE);

        assertThat(minutes.meeting().committee()).isEqualTo("Licensing Sub-Committee");
        assertThat(minutes.meeting().venue()).isEqualTo("Committee Room 1, Town Hall");
        assertThat(minutes.meeting().chair()).isEqualTo(named("Councillor A. Jones"));
        assertThat(minutes.attendance()).containsExactly(
                new Attendee.Present(3, named("Councillor A. Jones")),
                new Attendee.Present(3, named("Councillor B. Patel")),
                new Attendee.Present(3, named("Councillor C. Evans")),
                new Attendee.Guest(5, new Person(null, "Cllr D. Khan", "Cabinet Member for Housing"),
                        "Cabinet Member for Housing"),
                new Attendee.Officer(7, new Person(null, "Sarah Lee", "Licensing Manager")),
                new Attendee.Officer(7, new Person(null, "Tom Hill", "Solicitor")),
                new Attendee.Apology(10, named("Councillor E. Walsh")));
        assertThat(minutes.items()).extracting(Item::number, Item::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "Apologies for Absence"),
                org.assertj.core.groups.Tuple.tuple("2", "Declarations of Interest"),
                org.assertj.core.groups.Tuple.tuple("3", "Application for a premises licence"));
        assertThat(item(minutes, "2").facts()).containsExactly(new ItemFact.NoInterests(13));
        ItemFact.Decision granted = (ItemFact.Decision) item(minutes, "3").facts().get(0);
        assertThat(granted.vote().castingVote())
                .isEqualTo(new MemberVote(new Person(null, null, "the Chair"), Ballot.FOR));
        assertThat(granted.vote().votesFor()).as("no count is stated").isNull();
    }

    private static Item item(PublishedMinutes minutes, String number) {
        return minutes.items().stream().filter(item -> number.equals(item.number())).findFirst().orElseThrow();
    }

    private static Person named(String name) {
        return new Person(null, name, null);
    }
}
