package org.minutebook.command.meetings;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.committees.Quorum;
import org.minutebook.command.corrections.CorrectFact;
import org.minutebook.command.platform.ContractConstraints;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.events.Person;
import org.minutebook.events.corrections.FactCorrected;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.CoreMatchers.instanceOf;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_2_NOV_2021;

/**
 * The Children and Families committee's meeting of 2 November 2021 was scheduled under the wrong committee of
 * Leicestershire County Council; its clerk moves it, by a correction, to the right one — but not into a committee
 * of Leicester City Council, another council's record, nor to a committee no one registered.
 */
class AMeetingStaysWithItsCouncilTest {

    private static final MeetingStory MEETING = CFOSC_2_NOV_2021;
    private static final String COUNTY_HEALTH = "leics-health-osc";
    private static final String CITY_SCRUTINY = "leicester-osc";
    private static final Person CLERK = new Person(null, null, "Democratic Services");

    private final FixtureConfiguration<Meeting> fixture = fixture();

    @Test
    void aMeetingMovesToAnotherCommitteeOfItsCouncil() {
        fixture.given(MEETING.scheduled())
                .when(movedTo(COUNTY_HEALTH))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactSequenceOf(messageWithPayload(instanceOf(FactCorrected.class)),
                        andNoMore()));
    }

    @Test
    void committeeOfAnotherCouncil() {
        fixture.given(MEETING.scheduled())
                .when(movedTo(CITY_SCRUTINY))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("committee-of-another-council").at("replacement.committeeId"));
    }

    @Test
    void committeeNotRegisteredForAMeetingMoved() {
        fixture.given(MEETING.scheduled())
                .when(movedTo("no-such-committee"))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("committee-not-registered").at("replacement.committeeId"));
    }

    private static CorrectFact movedTo(String committeeId) {
        return new CorrectFact(MEETING.id(), 0L, Map.of("committeeId", committeeId), "Scheduled under the wrong "
                + "committee", CLERK, null, null);
    }

    private static FixtureConfiguration<Meeting> fixture() {
        FixtureConfiguration<Meeting> fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new TwoCouncils());
        fixture.registerInjectableResource(CouncilScope.NOT_CHECKED);
        fixture.registerInjectableResource(ContractConstraints.validator());
        return fixture;
    }

    /** The county's committees (the meeting's and its health committee) and one of the city's. */
    private static final class TwoCouncils implements CommitteeRoster {

        private static final Map<String, String> COUNCILS = Map.of(MEETING.committeeId(),
                "Leicestershire County Council", COUNTY_HEALTH, "Leicestershire County Council",
                CITY_SCRUTINY, "Leicester City Council");

        @Override
        public boolean isMemberOn(String committeeId, String memberId, LocalDate date) {
            return false;
        }

        @Override
        public ZoneId timeZoneOf(String committeeId) {
            return COUNCILS.containsKey(committeeId) ? ZoneId.of("Europe/London") : null;
        }

        @Override
        public Optional<String> councilOf(String committeeId) {
            return Optional.ofNullable(COUNCILS.get(committeeId));
        }

        @Override
        public Optional<Quorum> quorumOn(String committeeId, LocalDate date) {
            return Optional.empty();
        }
    }
}
