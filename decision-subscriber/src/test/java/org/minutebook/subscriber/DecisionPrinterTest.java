package org.minutebook.subscriber;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.subscriber.Decisions.decision;

/** De-duplication by ce_id: delivery is at least once, printing is exactly once. */
class DecisionPrinterTest {

    private static final String RESOLUTION = "org.minutebook.events.resolutions.ResolutionPassed";
    private static final String DEFERRAL = "org.minutebook.events.business.ItemDeferred";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void anEventDeliveredTwiceIsPrintedOnce() {
        DecisionPrinter printer = new DecisionPrinter(new SeenIds(null), out);

        assertThat(printer.print(decision(RESOLUTION, "id-1"))).isTrue();
        assertThat(printer.print(decision(DEFERRAL, "id-2"))).isTrue();
        assertThat(printer.print(decision(RESOLUTION, "id-1"))).isFalse();

        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).contains("item-37  RESOLVED: a)");
        assertThat(lines().get(1)).contains("item-39  DEFERRED: The report was not ready");
    }

    @Test
    void theSameDecisionUnderAnotherIdIsAnotherEventAndIsPrinted() {
        DecisionPrinter printer = new DecisionPrinter(new SeenIds(null), out);

        printer.print(decision(DEFERRAL, "id-1"));
        printer.print(decision(DEFERRAL, "id-2"));

        assertThat(lines()).hasSize(2);
    }

    @Test
    void aRestartWithTheSeenFileDoesNotPrintAgain(@TempDir Path dir) {
        Path seenFile = dir.resolve("seen-ids");
        new DecisionPrinter(new SeenIds(seenFile), out).print(decision(RESOLUTION, "id-1"));

        DecisionPrinter restarted = new DecisionPrinter(new SeenIds(seenFile), out);
        assertThat(restarted.print(decision(RESOLUTION, "id-1"))).isFalse();
        assertThat(restarted.print(decision(DEFERRAL, "id-2"))).isTrue();

        assertThat(lines()).hasSize(2);
        assertThat(new SeenIds(seenFile).contains("id-2")).isTrue();
    }

    @Test
    void withoutASeenFileARestartForgets() {
        new DecisionPrinter(new SeenIds(null), out).print(decision(RESOLUTION, "id-1"));
        new DecisionPrinter(new SeenIds(null), out).print(decision(RESOLUTION, "id-1"));

        assertThat(lines()).hasSize(2);
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
