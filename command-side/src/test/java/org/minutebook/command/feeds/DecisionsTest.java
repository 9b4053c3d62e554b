package org.minutebook.command.feeds;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minutebook.events.EventTypes;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemWithdrawn;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;
import org.minutebook.events.published.PublishedDecision;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.events.resolutions.Vote;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the decisions feed publishes, event type by event type, as docs/events.md lists it for
 * {@code minutebook.decisions}: each decision about its item (the confirmation of these minutes about none), a
 * correction as the decision it corrects, and nothing else.
 */
class DecisionsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    /** Each kind of decision, by the event that records it. */
    private static final Map<Class<?>, PublishedDecision.Kind> DECISIONS = Map.of(
            ResolutionPassed.class, PublishedDecision.Kind.RESOLUTION,
            MotionLost.class, PublishedDecision.Kind.LOST_MOTION,
            ItemDeferred.class, PublishedDecision.Kind.DEFERRAL,
            ItemWithdrawn.class, PublishedDecision.Kind.WITHDRAWAL,
            ReferralMade.class, PublishedDecision.Kind.REFERRAL,
            FurtherReportRequested.class, PublishedDecision.Kind.FURTHER_REPORT,
            PreviousMinutesConfirmed.class, PublishedDecision.Kind.PREVIOUS_MINUTES_CONFIRMED,
            MinutesConfirmed.class, PublishedDecision.Kind.MINUTES_CONFIRMED);

    /** A correction names a resolution at 7 and an apology at 8: the feed reads what it corrects from the store. */
    private final Decisions decisions = new Decisions(correction -> Optional.of(
            correction.correctsSequenceNumber() == 7 ? event(ResolutionPassed.class) : event(ApologyRecorded.class)));

    static Stream<Class<?>> meetingEvents() {
        return EventTypes.all().stream().filter(MeetingEvent.class::isAssignableFrom)
                .filter(type -> type != FactCorrected.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingEvents")
    void eachDecisionIsPublishedAboutItsItemAndNothingElseIs(Class<?> type) {
        Optional<Decisions.Decision> decision = decisions.of(event(type));

        if (!DECISIONS.containsKey(type)) {
            assertThat(decision).as(type.getSimpleName() + " is not a decision").isEmpty();
        } else {
            assertThat(decision).as(type.getSimpleName()).hasValueSatisfying(decided -> {
                assertThat(decided.kind()).isEqualTo(DECISIONS.get(type));
                assertThat(decided.itemId()).as("the minutes confirmed are about no item")
                        .isEqualTo(type == MinutesConfirmed.class ? null : "item-5");
            });
        }
    }

    @ParameterizedTest(name = "a correction of event {0}")
    @MethodSource("correctedEvents")
    void aCorrectionIsPublishedWhenWhatItCorrectsIsADecision(long corrects, boolean published) {
        FactCorrected correction = new FactCorrected("m", corrects, "minutebook.X", null, "Wrong", null, null);

        assertThat(decisions.of(correction).isPresent()).isEqualTo(published);
    }

    static Stream<Object[]> correctedEvents() {
        return Stream.of(new Object[] {7L, true}, new Object[] {8L, false});
    }

    @Test
    void aResolutionIsPublishedWithItsWordsUnderTheirLabelsItsPartsVoteAndStatutoryRecord() {
        ResolutionPassed resolved = new ResolutionPassed("m", "item-37", "res-37",
                ResolutionForm.RESOLVED, null, List.of(
                new ResolutionPart("a)", "That the report be noted;"),
                new ResolutionPart("b)", "That a further report be presented.")),
                null, null, new Vote(6, 2, 0, null, null), List.of(), List.of(),
                new StatutoryRecord(null, "To act on the review", null, null, null,
                        true, true, null, null), null);

        Decisions.Decision decided = decisions.of(resolved).orElseThrow();

        assertThat(decided.outcome()).isEqualTo(PublishedDecision.Outcome.CARRIED);
        assertThat(decided.text()).isEqualTo("a) That the report be noted; b) That a further report be presented.");
        assertThat(decided.motion().parts()).extracting(ResolutionPart::partId)
                .containsExactly("a", "b");
        assertThat(decided.motion().vote().votesFor()).isEqualTo(6);
        assertThat(decided.motion().statutory().keyDecision()).isTrue();
    }

    private static MeetingEvent event(Class<?> type) {
        return (MeetingEvent) JSON.convertValue(Map.of("meetingId", "m", "itemId", "item-5", "parts", List.of()), type);
    }
}
