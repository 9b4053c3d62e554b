package org.minutebook.events.sitting;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Agenda numbers sort as a clerk reads them: the number, then the letter or bracket after it. */
class AgendaOrderTest {

    @Test
    void numbersSortAsNumbersThenByWhatFollowsThem() {
        List<String> numbers = new ArrayList<>(List.of("130", "8(b)", "19", "8", "8(a)", "9", "2A"));

        numbers.sort(AgendaOrder.NUMBERS);

        assertThat(numbers).containsExactly("2A", "8", "8(a)", "8(b)", "9", "19", "130");
    }

    @Test
    void anItemWithoutANumberComesAfterThoseWithOne() {
        List<String> numbers = new ArrayList<>(java.util.Arrays.asList(null, "Urgent", "10"));

        numbers.sort(AgendaOrder.NUMBERS);

        assertThat(numbers).containsExactly("10", "Urgent", null);
    }

    @Test
    void anItemTakenEarlyComesFirstAndPartsFollowTheirItem() {
        List<AgendaOrder.Place> agenda = List.of(new AgendaOrder.Place("item-8a", "item-8", 3, "8(a)"),
                new AgendaOrder.Place("item-9", null, 2, "9"), new AgendaOrder.Place("item-8", null, 4, "8"),
                new AgendaOrder.Place("urgent", null, 1, null));

        assertThat(AgendaOrder.of(agenda, place -> place)).extracting(AgendaOrder.Place::itemId)
                .containsExactly("urgent", "item-9", "item-8", "item-8a");
    }
}
