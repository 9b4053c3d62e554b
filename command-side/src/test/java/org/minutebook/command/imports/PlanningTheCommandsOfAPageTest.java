package org.minutebook.command.imports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.reader.MinutesReader;
import org.minutebook.command.kernel.RuleViolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The commands a page is recorded by: the same page always gives the same ids and keys (so an import can be
 * repeated), every fact has a key of its own, and every command passes the field rules the HTTP API applies.
 */
class PlanningTheCommandsOfAPageTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_57856f9b823160e1", "001_1dba6daaabc94b71", "002_badff10682084d70",
            "003_7e16a4421008c2b1", "004_cfd6ab707287b23f"})
    void aPageIsRecordedByTheSameValidCommandsEveryTime(String page) throws IOException {
        String text = page(page);

        PagePlan first = MinutesToCommands.plan(MinutesReader.read(text), page + ".txt");
        PagePlan again = MinutesToCommands.plan(MinutesReader.read(text), "elsewhere/" + page + ".txt");

        assertThat(again.facts()).as("ids and keys come from the page, not the moment").isEqualTo(first.facts());
        List<String> keys = first.facts().stream().map(PlannedFact::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
        for (PlannedFact fact : first.facts()) {
            Object command = JSON.convertValue(fact.fields(), fact.command());
            assertThat(VALIDATOR.validate(command)).as(fact.key()).isEmpty();
        }
    }

    @Test
    void theMeetingOf2November2021IsNamedByItsCommitteeAndDate() throws IOException {
        PagePlan plan = MinutesToCommands.plan(MinutesReader.read(page("002_badff10682084d70")), "002_badff10682084d70.txt");

        assertThat(plan.committeeId()).isEqualTo("children-families-overview-scrutiny-committee");
        assertThat(plan.meetingId()).isEqualTo("children-families-overview-scrutiny-committee-2021-11-02");
        assertThat(plan.facts()).extracting(PlannedFact::key).startsWith("meeting", "item/webcast",
                "item/item-28").contains("item-29/question", "item-29/question/answer",
                "item-29/question/supplementary", "item-29/question/written-reply-promise", "closing");
    }

    @Test
    void aMeetingWhosePageGivesNoDateIsNamedByItsSource() throws IOException {
        PagePlan plan = MinutesToCommands.plan(MinutesReader.read(page("001_1dba6daaabc94b71")), "https://example.org/minutes/001_1dba6daaabc94b71.txt");

        assertThat(plan.meetingId()).isEqualTo("children-young-people-education-scrutiny-001-1dba6daaabc");
    }

    /** One of the five seed pages, kept with the reader that was written from them. */
    private static String page(String name) throws IOException {
        return Files.readString(Path.of("../minutes-reader/src/test/resources/seeds/pages", name + ".txt"));
    }

    @Test
    void aPageThatNamesNoCommitteeCannotBeRecorded() {
        assertThatThrownBy(() -> MinutesToCommands.plan(MinutesReader.read("Notes of a chat."), "notes.txt"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("committee-not-stated"));
    }
}
