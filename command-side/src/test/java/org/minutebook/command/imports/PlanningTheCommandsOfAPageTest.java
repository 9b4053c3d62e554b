package org.minutebook.command.imports;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.command.agenda.AddAgendaItem;
import org.minutebook.command.attendance.RecordAttendance;
import org.minutebook.command.attendance.RecordLateArrival;
import org.minutebook.command.meetings.ScheduleMeeting;
import org.minutebook.reader.MinutesReader;
import org.minutebook.reader.PublishedMinutes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands a page is recorded by: the same page always gives the same ids and keys (so an import can be
 * repeated), every fact has a key of its own, every command passes the field rules the HTTP API applies; a page is
 * recorded under the committee and meeting the record already holds; and no page is refused for what it does not
 * say — every page of the unseen corpus is planned.
 */
class PlanningTheCommandsOfAPageTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final ImportRequest.Given NOTHING_GIVEN = new ImportRequest.Given(null, null, null, null);
    private static final ImportTarget.Existing NOTHING_KEPT = new ImportTarget.Existing() {
        @Override
        public Optional<String> committeeNamed(String council, String name) {
            return Optional.empty();
        }

        @Override
        public Optional<String> meetingOn(String committeeId, LocalDate date) {
            return Optional.empty();
        }
    };

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_57856f9b823160e1", "001_1dba6daaabc94b71", "002_badff10682084d70",
            "003_7e16a4421008c2b1", "004_cfd6ab707287b23f"})
    void aPageIsRecordedByTheSameValidCommandsEveryTime(String page) throws IOException {
        PublishedMinutes minutes = MinutesReader.read(seed(page));

        PagePlan first = plan(minutes, page + ".txt", NOTHING_GIVEN, NOTHING_KEPT);
        PagePlan again = plan(minutes, "elsewhere/" + page + ".txt", NOTHING_GIVEN, NOTHING_KEPT);

        assertThat(again.facts()).as("ids and keys come from the page, not the moment").isEqualTo(first.facts());
        assertThat(first.facts().stream().map(PlannedFact::key).toList()).doesNotHaveDuplicates();
        for (PlannedFact fact : first.facts()) {
            assertThat(VALIDATOR.validate(fact.command())).as(fact.key()).isEmpty();
        }
    }

    @Test
    void theMeetingOf2November2021IsNamedByItsCommitteeAndDate() throws IOException {
        PagePlan plan = plan(MinutesReader.read(seed("002_badff10682084d70")), "002_badff10682084d70.txt",
                NOTHING_GIVEN, NOTHING_KEPT);

        assertThat(plan.committeeId()).isEqualTo("children-families-overview-scrutiny-committee");
        assertThat(plan.meetingId()).isEqualTo("children-families-overview-scrutiny-committee-2021-11-02");
        assertThat(plan.facts()).extracting(PlannedFact::key).startsWith("meeting", "item/webcast",
                "item/item-28").contains("item-29/question", "item-29/question/answer",
                "item-29/question/supplementary", "item-29/question/written-reply-promise")
                .as("the page gives no close: the meeting is not said to have closed").doesNotContain("closing");
    }

    @Test
    void aMeetingWhosePageGivesNoDateIsNamedByItsSource() throws IOException {
        PagePlan plan = plan(MinutesReader.read(seed("001_1dba6daaabc94b71")),
                "https://example.org/minutes/001_1dba6daaabc94b71.txt", NOTHING_GIVEN, NOTHING_KEPT);

        assertThat(plan.meetingId()).isEqualTo("children-young-people-education-scrutiny-001-1dba6daaabc");
    }

    @Test
    void aPageThatNamesNoCommitteeIsRecordedUnderOneNamedForItsSourceAndSaysWhatIsMissing() {
        PublishedMinutes page = MinutesReader.read("2.\n\nMinutes\n\nMinutes:\n\nThe minutes of the meeting held on "
                + "8 December 2021 were approved as a correct record.\n\n3.\n\nDisclosure of Interests\n\nMinutes:\n\n"
                + "None.\n");

        ImportTarget target = ImportTarget.of(page.meeting(), NOTHING_GIVEN, "fire-authority.txt", NOTHING_KEPT);

        assertThat(target.committeeId()).isEqualTo("unnamed-fire-authority");
        assertThat(target.missing()).containsExactly("committee", "council", "date");
        assertThat(MinutesToCommands.plan(page, target).facts()).extracting(PlannedFact::key)
                .contains("item/item-2", "item-2/minutes-confirmed");
    }

    @Test
    void whatThePageLeavesOutTheClerkGivesAndTheRecordAlreadyHeldIsUsed() {
        PublishedMinutes page = MinutesReader.read("2.\n\nMinutes\n\nMinutes:\n\nNone.\n");
        ImportTarget.Existing kept = new ImportTarget.Existing() {
            @Override
            public Optional<String> committeeNamed(String council, String name) {
                return name.equals("Fire Authority") ? Optional.of("bfa") : Optional.empty();
            }

            @Override
            public Optional<String> meetingOn(String committeeId, LocalDate date) {
                return Optional.of("bfa-meeting-of-9-february");
            }
        };

        ImportTarget target = ImportTarget.of(page.meeting(), new ImportRequest.Given("Buckinghamshire Fire Authority",
                "Fire Authority", LocalDate.of(2022, 2, 9), null), "bfa.txt", kept);
        PagePlan plan = MinutesToCommands.plan(page, target);

        assertThat(target.missing()).isEmpty();
        assertThat(plan.committeeId()).isEqualTo("bfa");
        assertThat(plan.meetingId()).isEqualTo("bfa-meeting-of-9-february");
        assertThat(((ScheduleMeeting) plan.facts().get(0).command()).date()).isEqualTo(LocalDate.of(2022, 2, 9));
    }

    @Test
    void aPageImportedIntoTheCommitteeTheClerkChoseIsRecordedUnderItWhateverThePageCallsIt() {
        PublishedMinutes page = MinutesReader.read("Minutes of a meeting of the Fire Authority held on 9 February"
                + " 2022.\n\n2.\n\nMinutes\n\nMinutes:\n\nNone.\n");
        ImportTarget.Existing kept = new ImportTarget.Existing() {
            @Override
            public Optional<String> committeeNamed(String council, String name) {
                return Optional.empty();
            }

            @Override
            public Optional<String> meetingOn(String committeeId, LocalDate date) {
                return committeeId.equals("bfa") && date.equals(LocalDate.of(2022, 2, 9))
                        ? Optional.of("bfa-2022-02-09") : Optional.empty();
            }

            @Override
            public Optional<ImportTarget.Registered> registered(String committeeId) {
                return committeeId.equals("bfa") ? Optional.of(new ImportTarget.Registered("bfa",
                        "Buckinghamshire & Milton Keynes Fire Authority", "Buckinghamshire Fire Authority"))
                        : Optional.empty();
            }
        };

        ImportTarget target = ImportTarget.of(page.meeting(), new ImportRequest.Given(null, "bfa",
                LocalDate.of(2022, 2, 9), null), "bfa.txt", kept);

        assertThat(target.committeeId()).isEqualTo("bfa");
        assertThat(target.committeeName()).isEqualTo("Buckinghamshire & Milton Keynes Fire Authority");
        assertThat(target.council()).isEqualTo("Buckinghamshire Fire Authority");
        assertThat(target.meetingId()).isEqualTo("bfa-2022-02-09");
        assertThat(target.missing()).isEmpty();
    }

    @Test
    void noPageOfTheUnseenCorpusIsRefusedAndEveryCommandPassesTheFieldRules() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of("../minutes-reader/src/test/resources/corpus/pages"))) {
            pages = files.sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(30);
        for (Path page : pages) {
            PublishedMinutes minutes = MinutesReader.read(Files.readString(page));
            PagePlan plan = plan(minutes, page.getFileName().toString(), NOTHING_GIVEN, NOTHING_KEPT);
            assertThat(plan.facts()).as(page.getFileName().toString()).isNotEmpty();
            assertThat(plan.facts().stream().map(PlannedFact::key).toList()).as(page.toString())
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void aMemberWhoEnteredTheMeetingDuringAnItemIsRecordedPresentAndArrivingLateOnThatItem() throws IOException {
        PublishedMinutes page = MinutesReader.read("""
                Licensing Committee - Thursday, 7 April 2022 6.00 pm

                Items
                No. Item

                L1.

                Apologies for Absence

                Minutes:

                Apologies for absence were received from Councillors de Burle and Glancy.

                L2.

                Declarations of Interest

                Minutes:

                Councillor Chandler declared a personal interest in relation to Minute Number L4.

                (At 6:34pm, during the consideration of this item, Councillor Wilkinson entered the meeting.)
                """);

        PagePlan plan = plan(page, "licensing.txt", NOTHING_GIVEN, NOTHING_KEPT);

        RecordAttendance present = plan.facts().stream().map(PlannedFact::command)
                .filter(RecordAttendance.class::isInstance).map(RecordAttendance.class::cast)
                .filter(attendance -> "Councillor Wilkinson".equals(attendance.member().name())).findFirst()
                .orElseThrow();
        RecordLateArrival late = plan.facts().stream().map(PlannedFact::command)
                .filter(RecordLateArrival.class::isInstance).map(RecordLateArrival.class::cast).findFirst()
                .orElseThrow();
        assertThat(present.member().id()).as("named by an id, as the record names who comes and goes")
                .isEqualTo(late.member().id()).isEqualTo("member-councillor-wilkinson");
        assertThat(plan.facts()).extracting(PlannedFact::command).filteredOn(AddAgendaItem.class::isInstance)
                .map(item -> ((AddAgendaItem) item).itemId()).contains(late.itemId());
    }

    private static PagePlan plan(PublishedMinutes page, String source, ImportRequest.Given given,
                                 ImportTarget.Existing kept) {
        return MinutesToCommands.plan(page, ImportTarget.of(page.meeting(), given, source, kept));
    }

    /** One of the five seed pages, kept with the reader that was written from them. */
    private static String seed(String name) throws IOException {
        return Files.readString(Path.of("../minutes-reader/src/test/resources/seeds/pages", name + ".txt"));
    }
}
