package org.minutebook.query.decisions;

import org.junit.jupiter.api.Test;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemWithdrawn;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;
import org.minutebook.events.published.PublishedDecision.Outcome;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.query.record.FactKind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.FRYER;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.closed;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.minute;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.resolved;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** The decision register holds every decision the decisions feed publishes, in the order of the minutes. */
class DecisionsRegisterTest {

    private final DecisionsRegister register = new DecisionsRegister();

    @Test
    void everyKindOfDecisionIsARowInTheOrderOfTheMinutes() {
        List<DecisionRow> rows = register.rowsOf(ofAMeeting().then(scheduled(), item("19", 1), item("26", 2),
                item("27", 3), item("28", 4), item("29", 5), opened(),
                new PreviousMinutesConfirmed(MEETING, "item-19", null, LocalDate.of(2020, 9, 1), List.of(), false, true, FRYER, null, null),
                resolved("26", "That the report be noted;", "That the Cabinet be advised."),
                new FurtherReportRequested(MEETING, "item-26", "action-26-b", "res-26", "The findings",
                        "Children and Families Overview and Scrutiny Committee", LocalDate.of(2021, 1, 19)),
                new ReferralMade(MEETING, "item-26", "action-26-c", "res-26", "Cabinet", "The comments made"),
                new MotionLost(MEETING, "item-27", "res-27", ResolutionForm.RESOLVED, null,
                        List.of(new ResolutionPart(null, "That the scheme be withdrawn.")), null, null,
                        new Vote(3, 5, 0, List.of(), null)),
                new ItemDeferred(MEETING, "item-28", "The report was not ready"),
                new ItemWithdrawn(MEETING, "item-29", null), closed(),
                new MinutesConfirmed(MEETING, "leics-cfosc-2021-01-19", FRYER)).record());

        assertThat(rows).extracting(DecisionRow::kind).containsExactly(FactKind.PREVIOUS_MINUTES,
                FactKind.RESOLUTION, FactKind.FURTHER_REPORT, FactKind.REFERRAL, FactKind.LOST_MOTION,
                FactKind.DEFERRAL, FactKind.WITHDRAWAL, FactKind.MINUTES_CONFIRMED);
        assertThat(rows).extracting(DecisionRow::outcome).containsExactly(Outcome.CONFIRMED, Outcome.CARRIED,
                Outcome.FURTHER_REPORT_REQUESTED, Outcome.REFERRED, Outcome.LOST, Outcome.DEFERRED,
                Outcome.WITHDRAWN, Outcome.CONFIRMED);
        assertThat(rows).extracting(row -> row.where().order()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(rows).extracting(row -> row.where().itemNumber())
                .containsExactly("19", "26", "26", "26", "27", "28", "29", null);
    }

    @Test
    void aResolutionIsSearchedByTheWordsOfItsPartsUnderTheirLabelsAndKeepsItsVote() {
        DecisionRow lost = register.rowsOf(ofAMeeting().then(scheduled(), item("27", 1), opened(),
                new MotionLost(MEETING, "item-27", "res-27", ResolutionForm.RESOLVED, null,
                        List.of(new ResolutionPart("a)", "That the scheme"), new ResolutionPart("b)", "be withdrawn.")),
                        null, null, new Vote(3, 5, 0, List.of(), null))).record()).get(0);

        assertThat(lost.text()).as("the words as the minutes print them, each part under its label")
                .isEqualTo("a) That the scheme b) be withdrawn.");
        assertThat(lost.motion().vote().against()).isEqualTo(5);
        assertThat(lost.motion().resolutionId()).isEqualTo("res-27");
        assertThat(lost.motion().parts()).extracting(ResolutionPart::partId).containsExactly("a", "b");
    }

    @Test
    void aReferralInTheDecisionsWordsAloneIsSearchedByThosePartsWordsAndInventsNoSubject() {
        List<DecisionRow> rows = register.rowsOf(ofAMeeting().then(scheduled(), item("26", 1), opened(),
                resolved("26", "That the report be noted;", "That the Cabinet be advised of the comments made."),
                new ReferralMade(MEETING, "item-26", "action-26-b", "res-26", "b", "Cabinet", null),
                new FurtherReportRequested(MEETING, "item-26", "action-26-a", "res-26", null, null, null, null))
                .record());

        assertThat(rows).extracting(DecisionRow::text).containsExactly(
                "a) That the report be noted; b) That the Cabinet be advised of the comments made.",
                "That the Cabinet be advised of the comments made.",
                "a) That the report be noted; b) That the Cabinet be advised of the comments made.");
        assertThat(rows.get(1).sentOn().subject()).as("the subject as recorded: none").isNull();
    }

    @Test
    void aMinuteOrReportIsNoDecision() {
        assertThat(register.rowsOf(ofAMeeting().then(scheduled(), item("26", 1), opened(),
                new org.minutebook.events.business.ItemMinuted(MEETING, "item-26", minute("Discussed."), false))
                .record())).isEmpty();
    }
}
