package org.minutebook.command.matters;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.events.matters.MatterConsiderationStruckOut;
import org.minutebook.events.matters.MatterConsidered;
import org.minutebook.events.matters.MatterCorrected;
import org.minutebook.events.matters.MatterOpened;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Leicestershire County Council's review of its home to school transport policy, taken up by the Children and
 * Families Overview and Scrutiny Committee in November 2020, referred to the Cabinet, and reported on again.
 */
class MatterRulesTest {

    private static final String COUNCIL = "Leicestershire County Council";
    private static final String MATTER = "home-to-school-transport";
    private static final String TITLE = "Review of Home to School Transport Policy";
    private static final String NOVEMBER = "leics-cfosc-2020-11-18";
    private static final String CABINET = "leics-cabinet-2020-12-15";
    private static final String RUTLAND = "rutland-cabinet-2021-01-12";

    /** The agendas the record holds: two of the county's meetings, and one of another council's. */
    private static final Map<String, String> ITEMS = Map.of(
            NOVEMBER + "/item-7", COUNCIL,
            CABINET + "/item-4", COUNCIL,
            RUTLAND + "/item-2", "Rutland County Council");

    private FixtureConfiguration<Matter> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Matter.class);
        fixture.registerInjectableResource(CouncilScope.NOT_CHECKED);
        fixture.registerInjectableResource(new RecordedItems(null, null) {
            @Override
            public Optional<String> councilOfItem(String meetingId, String itemId) {
                return Optional.ofNullable(ITEMS.get(meetingId + "/" + itemId));
            }
        });
    }

    // --- what each command records

    @Test
    void openMatter() {
        fixture.givenNoPriorActivity()
                .when(new OpenMatter(MATTER, COUNCIL, TITLE, "policy review"))
                .expectEvents(opened());
    }

    @Test
    void openingAgainWithTheSameDetailsRecordsNothingNew() {
        fixture.given(opened())
                .when(new OpenMatter(MATTER, COUNCIL, TITLE, "policy review"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("Item 7 of the committee's November meeting takes the review up")
    void considerMatter() {
        fixture.given(opened())
                .when(new ConsiderMatter(MATTER, NOVEMBER, "item-7"))
                .expectEvents(new MatterConsidered(MATTER, NOVEMBER, "item-7"));
    }

    @Test
    void correctMatter() {
        fixture.given(opened())
                .when(new CorrectMatter(MATTER, "Review of the Home to School Transport Policy", "policy review",
                        "The title as the Cabinet's report gives it", null))
                .expectEvents(new MatterCorrected(MATTER, "Review of the Home to School Transport Policy",
                        "policy review", "The title as the Cabinet's report gives it"));
    }

    @Test
    void strikeOutConsideration() {
        fixture.given(opened(), new MatterConsidered(MATTER, CABINET, "item-4"))
                .when(new StrikeOutConsideration(MATTER, CABINET, "item-4", "Item 4 was the transport budget"))
                .expectEvents(new MatterConsiderationStruckOut(MATTER, CABINET, "item-4",
                        "Item 4 was the transport budget"));
    }

    // --- the rules

    @Test
    void aMatterIdIsNotOpenedTwiceWithOtherDetails() {
        fixture.given(opened())
                .when(new OpenMatter(MATTER, COUNCIL, "Home to School Transport", null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("matter-already-opened").at("matterId"));
    }

    @Test
    void aCorrectionMustChangeTheMatter() {
        fixture.given(opened())
                .when(new CorrectMatter(MATTER, TITLE, "policy review", "No change", null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("matter-correction-changes-nothing").at("title"));
    }

    @Test
    void onlyAnItemOnARecordedAgendaTakesTheMatterUp() {
        fixture.given(opened())
                .when(new ConsiderMatter(MATTER, NOVEMBER, "item-99"))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("item-not-recorded").at("itemId"));
    }

    @Test
    @DisplayName("Rutland's Cabinet cannot take up Leicestershire's matter")
    void aMeetingOfAnotherCouncilDoesNotTakeTheMatterUp() {
        fixture.given(opened())
                .when(new ConsiderMatter(MATTER, RUTLAND, "item-2"))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("meeting-of-another-council").at("atMeetingId"));
    }

    @Test
    void anItemTakesTheMatterUpOnce() {
        fixture.given(opened(), new MatterConsidered(MATTER, NOVEMBER, "item-7"))
                .when(new ConsiderMatter(MATTER, NOVEMBER, "item-7"))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("item-already-on-path").at("itemId"));
    }

    @Test
    void onlyAStepOnThePathIsStruckOut() {
        fixture.given(opened())
                .when(new StrikeOutConsideration(MATTER, CABINET, "item-4", "Never taken up"))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("item-not-on-path").at("itemId"));
    }

    @Test
    void aPathOfThousandsOfItemsTakesOneMore() {
        List<Object> path = new ArrayList<>(List.of(opened()));
        for (int step = 0; step < 5_000; step++) {
            path.add(new MatterConsidered(MATTER, "meeting-" + step, "item-1"));
        }
        fixture.given(path)
                .when(new ConsiderMatter(MATTER, NOVEMBER, "item-7"))
                .expectEvents(new MatterConsidered(MATTER, NOVEMBER, "item-7"));
    }

    private static MatterOpened opened() {
        return new MatterOpened(MATTER, COUNCIL, TITLE, "policy review");
    }
}
