package org.minutebook.command.corrections;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.Person;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.minutebook.command.meetings.TheMinutes.SCRUTINY_BOARD_2_21_JUN_2018;

/**
 * Coventry's Education and Children's Services Scrutiny Board (2), 21 June 2018, item 4: "RESOLVED that the Board:
 * (a) note the progress made… (b) agree that a letter be sent…". A correction can name one part of a decision: the
 * decision is decided again with that part as corrected, or without it, and the correction says which part it was.
 */
class CorrectingAPartOfADecisionTest {

    private static final MeetingStory MEETING = SCRUTINY_BOARD_2_21_JUN_2018;
    private static final Person CLERK = new Person("clerk", "Scrutiny Co-ordinator");
    private static final ResolutionPassed FOSTERING = new ResolutionPassed(MEETING.id(), MEETING.item("4"),
            "resolved-4", ResolutionForm.RESOLVED, "RESOLVED that the Board:", List.of(
            new ResolutionPart("(a)", "Note the progress made against the recommendations agreed in March 2015."),
            new ResolutionPart("(b)", "Agree that a letter be sent to the Operational Lead for Fostering.")),
            null, null, null);

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    @Test
    @DisplayName("Part (b) should have read \"the Head of Fostering\": the decision reads so, part (a) unchanged")
    void aPartOfADecisionIsCorrected() {
        List<Object> given = withFosteringResolved();
        fixture.given(given)
                .when(partCorrected(given.size() - 1, "b", Map.of("text", "Agree that a letter be sent to the Head"
                        + " of Fostering.")))
                .expectEventsMatching(Matchers.exactSequenceOf(Matchers.messageWithPayload(Matchers.matches(
                        (Predicate<FactCorrected>) corrected -> "b".equals(corrected.partId())
                                && parts(corrected).equals(List.of(
                                Map.of("partId", "a", "label", "(a)", "text", FOSTERING.parts().get(0).text()),
                                Map.of("partId", "b", "label", "(b)", "text", "Agree that a letter be sent to the"
                                        + " Head of Fostering.")))))));
    }

    @Test
    @DisplayName("Part (b) struck out: the decision reads with part (a) alone")
    void aPartOfADecisionIsStruckOut() {
        List<Object> given = withFosteringResolved();
        fixture.given(given)
                .when(partCorrected(given.size() - 1, "b", null))
                .expectEventsMatching(Matchers.exactSequenceOf(Matchers.messageWithPayload(Matchers.matches(
                        (Predicate<FactCorrected>) corrected -> "b".equals(corrected.partId())
                                && corrected.replacement() != null && parts(corrected).size() == 1))));
    }

    @Test
    @DisplayName("unknown-resolution-part: the fostering decision has parts a and b, no part c")
    void aPartTheDecisionDoesNotHave() {
        List<Object> given = withFosteringResolved();
        fixture.given(given)
                .when(partCorrected(given.size() - 1, "c", Map.of("text", "Anything")))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("unknown-resolution-part").at("partId"));
    }

    @Test
    @DisplayName("correction-of-part-of-no-decision: the meeting's opening has no parts to correct one by one")
    void correctionOfPartOfNoDecision() {
        List<Object> given = withFosteringResolved();
        long opening = given.indexOf(MEETING.opened());
        fixture.given(given)
                .when(partCorrected(opening, "a", Map.of("text", "Anything")))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("correction-of-part-of-no-decision").at("partId"));
    }

    private static List<Object> withFosteringResolved() {
        List<Object> given = MEETING.inSession();
        given.add(FOSTERING);
        return given;
    }

    @SuppressWarnings("unchecked") // the replacement holds the decision's fields as JSON reads them
    private static List<Map<String, Object>> parts(FactCorrected corrected) {
        return (List<Map<String, Object>>) corrected.replacement().get("parts");
    }

    private static CorrectFact partCorrected(long sequenceNumber, String partId, Map<String, Object> part) {
        return new CorrectFact(MEETING.id(), sequenceNumber, part, partId, "Misrecorded", CLERK, null, null);
    }
}
