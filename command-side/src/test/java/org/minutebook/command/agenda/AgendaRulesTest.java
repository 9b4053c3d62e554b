package org.minutebook.command.agenda;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.agenda.AgendaItemAmended;
import org.minutebook.events.agenda.AgendaPublished;

import java.time.LocalDate;

import static org.minutebook.command.meetings.TheMinutes.CFOSC_18_NOV_2020;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_2_NOV_2021;

/**
 * The agenda of the Leicestershire committee of 2 November 2021: items 28 to 42, each number once, published once.
 */
class AgendaRulesTest {

    private static final MeetingStory MEETING = CFOSC_2_NOV_2021;
    private static final String STRATEGIC_PLAN = "Engagement of the Council's Strategic Plan.";
    private static final LocalDate PUBLISHED_ON = LocalDate.of(2021, 10, 25);

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    @Test
    @DisplayName("\"28. Minutes.\" is the first item of the agenda")
    void addAgendaItem() {
        fixture.given(MEETING.scheduled())
                .when(add(MEETING.item("28"), "28", "Minutes."))
                .expectEvents(MEETING.itemAdded("28"));
    }

    @Test
    @DisplayName("Item 35 is amended to carry the report's summary, keeping its place on the agenda")
    void amendAgendaItem() {
        fixture.given(MEETING.beforeOpening())
                .when(new AmendAgendaItem(MEETING.id(), MEETING.item("35"), "35", null, STRATEGIC_PLAN,
                        "The draft Strategic Plan for the period 2022-26", null, null, null, null))
                .expectEvents(new AgendaItemAmended(MEETING.id(), MEETING.item("35"), "35", null, 8, STRATEGIC_PLAN,
                        "The draft Strategic Plan for the period 2022-26", null, null, null));
    }

    @Test
    void publishAgenda() {
        fixture.given(MEETING.beforeOpening())
                .when(new PublishAgenda(MEETING.id(), PUBLISHED_ON, null))
                .expectEvents(new AgendaPublished(MEETING.id(), PUBLISHED_ON));
    }

    @Test
    @DisplayName("agenda-number-taken: Question Time cannot also be item 28, which is the Minutes")
    void agendaNumberTaken() {
        fixture.given(MEETING.beforeOpening())
                .when(add("question-time", "28", "Question Time."))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("agenda-number-taken").at("number"))
                .expectExceptionMessage("Agenda number 28 is already item cfosc-2021-11-02-28 of this meeting");
    }

    @Test
    @DisplayName("agenda-item-exists: the Minutes item is on the agenda once")
    void agendaItemExists() {
        fixture.given(MEETING.beforeOpening())
                .when(add(MEETING.item("28"), null, "Minutes of the previous meeting."))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("agenda-item-exists").at("itemId"));
    }

    @Test
    @DisplayName("item-is-own-parent: item 35 cannot be a part of item 35")
    void itemIsOwnParent() {
        fixture.given(MEETING.beforeOpening())
                .when(new AmendAgendaItem(MEETING.id(), MEETING.item("35"), "35", MEETING.item("35"), STRATEGIC_PLAN,
                        null, null, null, null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("item-is-own-parent").at("parentItemId"));
    }

    @Test
    @DisplayName("unknown-agenda-item: item 35 is not a part of item 26 of the meeting of 18 November 2020")
    void unknownAgendaItem_parentNotOnTheAgenda() {
        fixture.given(MEETING.beforeOpening())
                .when(new AmendAgendaItem(MEETING.id(), MEETING.item("35"), "35", CFOSC_18_NOV_2020.item("26"),
                        STRATEGIC_PLAN,
                        null, null, null, null, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("unknown-agenda-item").at("parentItemId"));
    }

    @Test
    @DisplayName("item-is-own-parent: item 35 cannot be a part of item 36 when item 36 is a part of item 35")
    void itemIsOwnParentThroughItsParts() {
        fixture.given(MEETING.beforeOpening())
                .andGivenCommands(new AmendAgendaItem(MEETING.id(), MEETING.item("36"), "36", MEETING.item("35"),
                        "Defining Children and Family Services for the Future.", null, null, null, null, null))
                .when(new AmendAgendaItem(MEETING.id(), MEETING.item("35"), "35", MEETING.item("36"), STRATEGIC_PLAN,
                        null, null, null, null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("item-is-own-parent").at("parentItemId"));
    }

    @Test
    @DisplayName("agenda-already-published: the agenda is published once; amendments follow as they are made")
    void agendaAlreadyPublished() {
        fixture.given(MEETING.beforeOpening())
                .andGiven(new AgendaPublished(MEETING.id(), PUBLISHED_ON))
                .when(new PublishAgenda(MEETING.id(), PUBLISHED_ON.plusDays(1), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("agenda-already-published"));
    }

    @Test
    @DisplayName("agenda-empty: a meeting with nothing on its agenda has no agenda to publish")
    void agendaEmpty() {
        fixture.given(MEETING.scheduled())
                .when(new PublishAgenda(MEETING.id(), PUBLISHED_ON, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("agenda-empty"));
    }

    private static AddAgendaItem add(String itemId, String number, String title) {
        return new AddAgendaItem(MEETING.id(), itemId, number, null, title, null, null, null, null, null);
    }
}
