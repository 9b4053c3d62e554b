package org.minutebook.command.agenda;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.agenda.AgendaReordered;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.minutebook.command.meetings.TheMinutes.SCRUTINY_BOARD_2_21_JUN_2018;

/** The agenda's order: an item taken early, one added late put between others. */
class AgendaOrderRulesTest {

    private static final MeetingStory BOARD = SCRUTINY_BOARD_2_21_JUN_2018;
    private static final List<String> ITEMS = List.of("1", "2", "2a", "2b", "3", "4", "5", "6", "7", "8");

    @Test
    @DisplayName("Item 5 taken before item 3: the agenda's order changes, the numbers stay")
    void reorderAgenda() {
        List<String> order = ids(List.of("1", "2", "2a", "2b", "5", "3", "4", "6", "7", "8"));
        BOARD.fixture().given(BOARD.inSession())
                .when(new ReorderAgenda(BOARD.id(), order, null))
                .expectEvents(new AgendaReordered(BOARD.id(), order));
    }

    @Test
    @DisplayName("reorder-not-every-item: a new order that leaves out item 8 is refused")
    void reorderNotEveryItem() {
        List<String> order = new ArrayList<>(ids(ITEMS));
        order.remove(order.size() - 1);
        Collections.reverse(order);
        BOARD.fixture().given(BOARD.inSession())
                .when(new ReorderAgenda(BOARD.id(), order, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("reorder-not-every-item").at("itemIds"));
    }

    private static List<String> ids(List<String> keys) {
        return keys.stream().map(BOARD::item).toList();
    }
}
