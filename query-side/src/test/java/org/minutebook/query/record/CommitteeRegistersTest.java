package org.minutebook.query.record;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committee's register kept ready page by page: newest meetings first, each meeting's rows in order, pages found
 * by counting, for everyone or for the public; a meeting that moves (a corrected date, another committee) moves.
 */
class CommitteeRegistersTest {

    private static final String DECISIONS = "decisions";
    @RegisterExtension
    static final LocalReadModels MONGO = new LocalReadModels();
    private MongoDatabase readModels;
    private CommitteeRegisters registers;

    @BeforeEach
    void emptyReadModels() {
        readModels = MONGO.empty("registers");
        registers = new CommitteeRegisters(readModels);
    }

    @Test
    void twoHundredMeetingsOfFiveDecisionsEachArePagedNewestFirstInTheOrderOfTheMinutes() {
        List<CommitteeRegisters.Change> changes = new ArrayList<>();
        // recorded in no order: the register sorts them
        IntStream.range(0, 200).map(i -> (i * 37) % 200).forEach(day -> changes.add(meeting("cfosc", day, 5)));
        registers.apply(changes);

        List<String> all = new ArrayList<>();
        CommitteeRegisters.Page page;
        int at = 0;
        do {
            page = registers.page(DECISIONS, "cfosc", true, at++, 50);
            page.rows().forEach(row -> all.add(new String(row, StandardCharsets.UTF_8)));
        } while (page.more());

        assertThat(all).hasSize(1000);
        assertThat(all.subList(0, 6)).containsExactly(row(199, 0), row(199, 1), row(199, 2), row(199, 3),
                row(199, 4), row(198, 0));
        assertThat(all.get(999)).isEqualTo(row(0, 4));
        assertThat(at).isEqualTo(20);
    }

    @Test
    void thePublicPagesLeaveOutTheRowsOfExemptBusiness() {
        registers.apply(List.of(meeting("cfosc", 1, 4), meeting("cfosc", 2, 4)));

        CommitteeRegisters.Page forThePublic = registers.page(DECISIONS, "cfosc", false, 0, 50);

        assertThat(forThePublic.rows()).hasSize(4).map(row -> new String(row, StandardCharsets.UTF_8))
                .containsExactly(row(2, 0), row(2, 2), row(1, 0), row(1, 2));
        assertThat(registers.page(DECISIONS, "cfosc", true, 0, 50).rows()).hasSize(8);
    }

    @Test
    void aMeetingWhoseDateIsCorrectedMovesAndOneMovedToAnotherCommitteeLeaves() {
        registers.apply(List.of(meeting("cfosc", 1, 1), meeting("cfosc", 2, 1), meeting("cfosc", 3, 1)));

        registers.apply(List.of(new CommitteeRegisters.Change(DECISIONS, "cfosc", "cfosc", key(9, 1), key(1, 1),
                rows(9, 1)), new CommitteeRegisters.Change(DECISIONS, "ascosc", "cfosc", key(2, 2), key(2, 2),
                rows(2, 1))));

        assertThat(registers.page(DECISIONS, "cfosc", true, 0, 50).rows())
                .map(row -> new String(row, StandardCharsets.UTF_8)).containsExactly(row(9, 0), row(3, 0));
        assertThat(registers.page(DECISIONS, "ascosc", true, 0, 50).rows()).hasSize(1);
    }

    @Test
    void oneBatchOfTwoCommitteesInTwoRegistersIsAppliedTogetherAndEachRegisterReadsItsOwn() {
        registers.apply(List.of(meeting("cfosc", 1, 2), meeting("ascosc", 2, 1),
                new CommitteeRegisters.Change("attendance", "cfosc", null, key(1, 1), null, rows(1, 3))));
        // the next batch on another instance: the indexes it did not write are read again, the chunks it names kept
        new CommitteeRegisters(readModels).apply(List.of(meeting("cfosc", 3, 1),
                new CommitteeRegisters.Change("attendance", "cfosc", null, key(3, 3), null, rows(3, 1))));
        registers.apply(List.of(meeting("ascosc", 4, 1)));

        assertThat(registers.page(DECISIONS, "cfosc", true, 0, 50).rows())
                .map(row -> new String(row, StandardCharsets.UTF_8)).containsExactly(row(3, 0), row(1, 0), row(1, 1));
        assertThat(registers.page(DECISIONS, "ascosc", true, 0, 50).rows())
                .map(row -> new String(row, StandardCharsets.UTF_8)).containsExactly(row(4, 0), row(2, 0));
        assertThat(registers.page("attendance", "cfosc", true, 0, 50).rows()).hasSize(4);
        assertThat(registers.page("attendance", "ascosc", true, 0, 50).rows()).isEmpty();
    }

    @Test
    void aMeetingWithMoreDecisionsThanAChunkHoldsIsCutAcrossChunksAndTakenOutWhole() {
        registers.apply(List.of(meeting("cfosc", 1, 3), meeting("cfosc", 2, 150), meeting("cfosc", 3, 3)));

        assertThat(all()).hasSize(156).startsWith(row(3, 0)).endsWith(row(1, 2));
        assertThat(all().subList(3, 153)).containsExactlyElementsOf(IntStream.range(0, 150).mapToObj(
                order -> row(2, order)).toList());

        registers.apply(List.of(new CommitteeRegisters.Change(DECISIONS, "cfosc", "cfosc", key(2, 2), key(2, 2),
                rows(2, 10))));

        assertThat(all()).hasSize(16).containsSubsequence(row(3, 2), row(2, 0), row(2, 9), row(1, 0));
    }

    @Test
    void aMeetingAppliedTwiceIsListedOnce() {
        registers.apply(List.of(meeting("cfosc", 1, 2)));
        registers.apply(List.of(meeting("cfosc", 1, 2)));

        assertThat(registers.page(DECISIONS, "cfosc", true, 0, 50).rows()).hasSize(2);
    }

    @Test
    void aPageRenderedOnceIsServedAsRenderedUntilTheRegisterChangesHereOrOnAnotherInstance() {
        registers.apply(List.of(meeting("cfosc", 1, 2)));
        List<Integer> renderings = new ArrayList<>();
        Supplier<String> read = () -> new String(registers.renderedPage(DECISIONS, "cfosc", true,
                0, 50, page -> {
                    renderings.add(page.rows().size());
                    return ("rows:" + page.rows().size()).getBytes(StandardCharsets.UTF_8);
                }), StandardCharsets.UTF_8);

        assertThat(read.get()).isEqualTo("rows:2");
        assertThat(read.get()).isEqualTo("rows:2");
        assertThat(renderings).containsExactly(2);

        registers.apply(List.of(meeting("cfosc", 2, 3)));
        assertThat(read.get()).isEqualTo("rows:5");

        // another instance's projection changes the register: this one's rendered page is not served again
        new CommitteeRegisters(readModels).apply(List.of(meeting("cfosc", 3, 1)));
        assertThat(read.get()).isEqualTo("rows:6");
        assertThat(renderings).containsExactly(2, 5, 6);
    }

    private List<String> all() {
        List<String> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            CommitteeRegisters.Page read = registers.page(DECISIONS, "cfosc", true, page, 50);
            read.rows().forEach(row -> rows.add(new String(row, StandardCharsets.UTF_8)));
            if (!read.more()) {
                return rows;
            }
        }
    }

    private static CommitteeRegisters.Change meeting(String committeeId, int day, int decisions) {
        return new CommitteeRegisters.Change(DECISIONS, committeeId, null, key(day, day), null, rows(day, decisions));
    }

    /** A meeting's decisions: every other one on exempt business. */
    private static List<CommitteeRegisters.Row> rows(int day, int decisions) {
        return IntStream.range(0, decisions).mapToObj(order -> new CommitteeRegisters.Row(
                row(day, order).getBytes(StandardCharsets.UTF_8), order % 2 == 0)).toList();
    }

    private static CommitteeRegisters.Key key(int day, int meeting) {
        return new CommitteeRegisters.Key(LocalDate.of(2020, 1, 1).plusDays(day).toString(), "meeting-" + meeting);
    }

    private static String row(int day, int order) {
        return "{\"day\":" + day + ",\"order\":" + order + "}";
    }
}
