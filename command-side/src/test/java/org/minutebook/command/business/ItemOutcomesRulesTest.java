package org.minutebook.command.business;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.Person;
import org.minutebook.events.business.ItemNoted;
import org.minutebook.events.business.NoMattersArising;
import org.minutebook.events.business.NoRepresentationsReceived;
import org.minutebook.events.business.NoUrgentItems;
import org.minutebook.events.business.RepresentationKind;
import org.minutebook.events.business.RepresentationReceived;
import org.minutebook.events.business.UrgentItemTaken;

import java.util.List;

import static org.minutebook.command.meetings.TheMinutes.CYPE_EARLY_2025;
import static org.minutebook.command.meetings.TheMinutes.CYPS_29_SEP_2020;
import static org.minutebook.command.meetings.TheMinutes.SCRUTINY_BOARD_2_21_JUN_2018;

/**
 * Outcomes and "none received" of the pages that have no resolution: "The update was noted." (000), "There were
 * no matters arising." (003), "The Monitoring Officer reported that none had been received." (001), urgent
 * business; and a statement "taken as read" (001).
 */
class ItemOutcomesRulesTest {

    private static final MeetingStory SPECIAL = CYPS_29_SEP_2020;
    private static final MeetingStory EARLY_2025 = CYPE_EARLY_2025;
    private static final String STILL_SEND = "still-send-statement";

    @Test
    @DisplayName("000: \"The update was noted.\" — the Covid-19 update's outcome, with no resolution")
    void recordItemNoted() {
        SPECIAL.fixture().given(SPECIAL.inSession())
                .when(new RecordItemNoted(SPECIAL.id(), SPECIAL.item("covid-19"), "The update was noted.", null))
                .expectEvents(new ItemNoted(SPECIAL.id(), SPECIAL.item("covid-19"), "The update was noted."));
    }

    @Test
    @DisplayName("item-already-noted: the Covid-19 update is noted once")
    void itemAlreadyNoted() {
        List<Object> given = SPECIAL.inSession();
        given.add(new ItemNoted(SPECIAL.id(), SPECIAL.item("covid-19"), "The update was noted."));
        SPECIAL.fixture().given(given)
                .when(new RecordItemNoted(SPECIAL.id(), SPECIAL.item("covid-19"), "The update was noted.", null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("item-already-noted").at("itemId"));
    }

    @Test
    @DisplayName("003: \"There were no matters arising.\"")
    void recordNoMattersArising() {
        MeetingStory board = SCRUTINY_BOARD_2_21_JUN_2018;
        board.fixture().given(board.inSession())
                .when(new RecordNoMattersArising(board.id(), board.item("2b"), "There were no matters arising.", null))
                .expectEvents(new NoMattersArising(board.id(), board.item("2b"), "There were no matters arising."));
    }

    @Test
    @DisplayName("000: \"no Representations or Statements of case had been received\"")
    void recordNoRepresentations() {
        String words = "The Monitoring Officer reported that no Representations or Statements of case had been"
                + " received, in accordance with Council procedures.";
        SPECIAL.fixture().given(SPECIAL.inSession())
                .when(new RecordNoRepresentations(SPECIAL.id(), SPECIAL.item("questions"), words, null))
                .expectEvents(new NoRepresentationsReceived(SPECIAL.id(), SPECIAL.item("questions"), words));
    }

    @Test
    @DisplayName("001: \"A detailed statement from STILL SEND 16+ was taken as read\"")
    void receiveRepresentation() {
        EARLY_2025.fixture().given(EARLY_2025.inSession())
                .when(stillSendStatement())
                .expectEvents(new RepresentationReceived(EARLY_2025.id(), EARLY_2025.item("send-transport"),
                        STILL_SEND, RepresentationKind.STATEMENT, new Person(null, "STILL SEND 16+"), null, true));
    }

    @Test
    @DisplayName("representation-already-recorded: the STILL SEND 16+ statement is recorded once")
    void representationAlreadyRecorded() {
        List<Object> given = EARLY_2025.inSession();
        given.add(new RepresentationReceived(EARLY_2025.id(), EARLY_2025.item("send-transport"), STILL_SEND,
                RepresentationKind.STATEMENT, new Person(null, "STILL SEND 16+"), null, true));
        EARLY_2025.fixture().given(given)
                .when(stillSendStatement())
                .expectNoEvents()
                .expectException(BrokenRule.conflict("representation-already-recorded").at("representationId"));
    }

    @Test
    @DisplayName("representations-contradict: \"none received\" and a statement do not both stand under one item")
    void representationsContradict() {
        List<Object> given = EARLY_2025.inSession();
        given.add(new NoRepresentationsReceived(EARLY_2025.id(), EARLY_2025.item("send-transport"), null));
        EARLY_2025.fixture().given(given)
                .when(stillSendStatement())
                .expectNoEvents()
                .expectException(BrokenRule.conflict("representations-contradict"));
    }

    @Test
    @DisplayName("001: none reported under Questions, yet a late statement is taken at the chair's discretion later")
    void aLateStatementAtAnotherItem() {
        List<Object> given = EARLY_2025.inSession();
        given.add(new NoRepresentationsReceived(EARLY_2025.id(), EARLY_2025.item("questions"),
                "The Monitoring Officer reported that none had been received."));
        EARLY_2025.fixture().given(given)
                .when(stillSendStatement())
                .expectEvents(new RepresentationReceived(EARLY_2025.id(), EARLY_2025.item("send-transport"),
                        STILL_SEND, RepresentationKind.STATEMENT, new Person(null, "STILL SEND 16+"), null, true));
    }

    @Test
    @DisplayName("An item taken as urgent business")
    void takeUrgentItem() {
        EARLY_2025.fixture().given(EARLY_2025.inSession())
                .when(new TakeUrgentItem(EARLY_2025.id(), EARLY_2025.item("aob"), null, null))
                .expectEvents(new UrgentItemTaken(EARLY_2025.id(), EARLY_2025.item("aob"), null));
    }

    @Test
    @DisplayName("urgent-item-already-taken: an item is taken as urgent business once")
    void urgentItemAlreadyTaken() {
        List<Object> given = EARLY_2025.inSession();
        given.add(new UrgentItemTaken(EARLY_2025.id(), EARLY_2025.item("aob"), null));
        EARLY_2025.fixture().given(given)
                .when(new TakeUrgentItem(EARLY_2025.id(), EARLY_2025.item("aob"), null, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("urgent-item-already-taken").at("itemId"));
    }

    @Test
    @DisplayName("urgent-items-contradict: 001's \"no further items of urgent business\" after one was taken")
    void urgentItemsContradict() {
        List<Object> given = EARLY_2025.inSession();
        given.add(new UrgentItemTaken(EARLY_2025.id(), EARLY_2025.item("130"), null));
        EARLY_2025.fixture().given(given)
                .when(new RecordNoUrgentItems(EARLY_2025.id(), EARLY_2025.item("aob"),
                        "There being no further items of urgent business", null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("urgent-items-contradict"));
    }

    @Test
    @DisplayName("001: \"There being no further items of urgent business\"")
    void recordNoUrgentItems() {
        EARLY_2025.fixture().given(EARLY_2025.inSession())
                .when(new RecordNoUrgentItems(EARLY_2025.id(), EARLY_2025.item("aob"),
                        "There being no further items of urgent business", null))
                .expectEvents(new NoUrgentItems(EARLY_2025.id(), EARLY_2025.item("aob"),
                        "There being no further items of urgent business"));
    }

    @Test
    @DisplayName("urgent-items-contradict: \"no urgent items\" is recorded once")
    void noUrgentItemsOnce() {
        List<Object> given = EARLY_2025.inSession();
        given.add(new NoUrgentItems(EARLY_2025.id(), EARLY_2025.item("aob"), null));
        EARLY_2025.fixture().given(given)
                .when(new RecordNoUrgentItems(EARLY_2025.id(), EARLY_2025.item("aob"), null, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("urgent-items-contradict"));
    }

    private static ReceiveRepresentation stillSendStatement() {
        return new ReceiveRepresentation(EARLY_2025.id(), EARLY_2025.item("send-transport"), STILL_SEND,
                RepresentationKind.STATEMENT, new Person(null, "STILL SEND 16+"), null, true, null);
    }
}
