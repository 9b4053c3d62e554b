package org.minutebook.command.declarations;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.Person;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.declarations.NoInterestsDeclared;
import org.minutebook.events.declarations.NoPartyWhipDeclared;
import org.minutebook.events.declarations.PartyWhipDeclared;

import static org.minutebook.command.meetings.TheMinutes.BARNES;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_2_NOV_2021;
import static org.minutebook.command.meetings.TheMinutes.CYPE_EARLY_2025;
import static org.minutebook.command.meetings.TheMinutes.CYPS_29_SEP_2020;
import static org.minutebook.command.meetings.TheMinutes.KAUFMAN;
import static org.minutebook.command.meetings.TheMinutes.MARCH;
import static org.minutebook.command.meetings.TheMinutes.MOORE;
import static org.minutebook.command.meetings.TheMinutes.PARTON;

/**
 * Declarations of interest and of the party whip. "Councillor Dr Moore declared that she was Chair of the Advisory
 * Board at Millgate School" (Leicester, early 2025); "No declarations were made" and "There were no declarations of
 * the party whip" (Leicestershire, 2 November 2021, items 32 and 33).
 */
class DeclarationRulesTest {

    private static final MeetingStory COMMISSION_2025 = CYPE_EARLY_2025;
    private static final MeetingStory LEICESTERSHIRE = CFOSC_2_NOV_2021;
    private static final String MILLGATE = "Chair of the Advisory Board at Millgate School";
    private static final String WHIP = "Subject to the party whip on the Council's Strategic Plan";

    private final FixtureConfiguration<Meeting> fixture = COMMISSION_2025.fixture();

    // --- what each command records

    @Test
    @DisplayName("Councillor Dr Moore declares she is Chair of the Advisory Board at Millgate School")
    void declareInterest() {
        fixture.given(COMMISSION_2025.inSessionWith(MOORE))
                .when(declaration(COMMISSION_2025, "moore-millgate", MOORE, COMMISSION_2025.item("declarations"),
                        MILLGATE))
                .expectEvents(mooreDeclaredMillgate());
    }

    @Test
    @DisplayName("Item 32: \"No declarations were made.\"")
    void recordNoDeclarations() {
        fixture.given(LEICESTERSHIRE.inSession())
                .when(new RecordNoDeclarations(LEICESTERSHIRE.id(), LEICESTERSHIRE.item("32"), null))
                .expectEvents(noDeclarationsAtItem32());
    }

    @Test
    @DisplayName("Mr T. Parton CC, present, declares the party whip on item 35")
    void declarePartyWhip() {
        fixture.given(LEICESTERSHIRE.inSessionWith(PARTON))
                .when(partonDeclaresTheWhip())
                .expectEvents(new PartyWhipDeclared(LEICESTERSHIRE.id(), "parton-whip", PARTON,
                        LEICESTERSHIRE.item("35"), WHIP));
    }

    @Test
    @DisplayName("Item 33: \"There were no declarations of the party whip.\"")
    void recordNoPartyWhip() {
        fixture.given(LEICESTERSHIRE.inSession())
                .when(new RecordNoPartyWhip(LEICESTERSHIRE.id(), LEICESTERSHIRE.item("33"), null))
                .expectEvents(noPartyWhipAtItem33());
    }

    // --- the rules

    @Test
    @DisplayName("declarant-not-present: Councillor Barnes declares once she is recorded present")
    void declarantNotPresent() {
        fixture.given(COMMISSION_2025.inSessionWith(MOORE))
                .when(declaration(COMMISSION_2025, "barnes-aep", BARNES, COMMISSION_2025.item("declarations"),
                        "Worked in alternative education provision"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("declarant-not-present").at("member"))
                .expectExceptionMessage("Councillor Barnes is not recorded as present, so cannot declare at this "
                        + "meeting");
    }

    @Test
    @DisplayName("declarations-contradict: after \"No declarations were made\" nobody declares an interest")
    void declarationsContradict_interestAfterNoDeclarations() {
        fixture.given(LEICESTERSHIRE.inSessionWith(KAUFMAN))
                .andGiven(noDeclarationsAtItem32())
                .when(declaration(LEICESTERSHIRE, "kaufman-35", KAUFMAN, LEICESTERSHIRE.item("35"),
                        "A relative works for the Council"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("declarations-contradict"));
    }

    @Test
    @DisplayName("declarations-contradict: after Dr Moore's declaration, \"no declarations\" is not recorded")
    void declarationsContradict_noDeclarationsAfterAnInterest() {
        fixture.given(COMMISSION_2025.inSessionWith(MOORE))
                .andGiven(mooreDeclaredMillgate())
                .when(new RecordNoDeclarations(COMMISSION_2025.id(), COMMISSION_2025.item("declarations"), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("declarations-contradict"));
    }

    @Test
    @DisplayName("declarations-contradict: after \"no declarations of the party whip\", nobody declares the whip")
    void declarationsContradict_partyWhipAfterNoPartyWhip() {
        fixture.given(LEICESTERSHIRE.inSessionWith(PARTON))
                .andGiven(noPartyWhipAtItem33())
                .when(partonDeclaresTheWhip())
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("declarations-contradict"));
    }

    @Test
    @DisplayName("declarations-contradict: after Mr T. Parton CC declared the whip, \"no whip\" is not recorded")
    void declarationsContradict_noPartyWhipAfterAWhip() {
        fixture.given(LEICESTERSHIRE.inSessionWith(PARTON))
                .andGiven(new PartyWhipDeclared(LEICESTERSHIRE.id(), "parton-whip", PARTON, LEICESTERSHIRE.item("35"),
                        WHIP))
                .when(new RecordNoPartyWhip(LEICESTERSHIRE.id(), LEICESTERSHIRE.item("33"), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("declarations-contradict"));
    }

    @Test
    @DisplayName("declaration-already-recorded: Councillor March's declaration cannot take Dr Moore's id")
    void declarationAlreadyRecorded() {
        fixture.given(COMMISSION_2025.inSessionWith(MOORE, MARCH))
                .andGiven(mooreDeclaredMillgate())
                .when(declaration(COMMISSION_2025, "moore-millgate", MARCH, COMMISSION_2025.item("declarations"),
                        "A governor at Ellesmere College"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("declaration-already-recorded").at("declarationId"));
    }

    @Test
    @DisplayName("unknown-agenda-item: a declaration names an item of this meeting, not of the 2020 special meeting")
    void unknownAgendaItem_declarationOnAnItemOfAnotherMeeting() {
        fixture.given(COMMISSION_2025.inSessionWith(MOORE))
                .when(declaration(COMMISSION_2025, "moore-millgate", MOORE, CYPS_29_SEP_2020.item("declarations"),
                        MILLGATE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("unknown-agenda-item").at("itemId"))
                .expectExceptionMessage("Meeting leicester-cyp-2025-02-25 has no agenda item "
                        + "leicester-cyp-2020-09-29-declarations");
    }

    private static DeclareInterest declaration(MeetingStory at, String declarationId, Person member, String itemId,
                                               String words) {
        return new DeclareInterest(at.id(), declarationId, member, itemId, words, null, false, false, null, null);
    }

    private static InterestDeclared mooreDeclaredMillgate() {
        return new InterestDeclared(COMMISSION_2025.id(), "moore-millgate", MOORE, COMMISSION_2025.item("declarations"),
                MILLGATE, InterestCategory.NOT_STATED, false, false, null);
    }

    private static DeclarePartyWhip partonDeclaresTheWhip() {
        return new DeclarePartyWhip(LEICESTERSHIRE.id(), "parton-whip", PARTON, LEICESTERSHIRE.item("35"), WHIP, null);
    }

    private static NoPartyWhipDeclared noPartyWhipAtItem33() {
        return new NoPartyWhipDeclared(LEICESTERSHIRE.id(), LEICESTERSHIRE.item("33"));
    }

    private static NoInterestsDeclared noDeclarationsAtItem32() {
        return new NoInterestsDeclared(LEICESTERSHIRE.id(), LEICESTERSHIRE.item("32"));
    }
}
