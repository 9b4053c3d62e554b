package org.minutebook.query.record;

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
}
