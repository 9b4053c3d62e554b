package org.minutebook.query.actions;

import org.junit.jupiter.api.Test;
import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.actions.ActionCompleted;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;
import org.minutebook.query.record.MeetingStory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.resolved;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** Further reports, referrals and other actions, open until recorded as done, each with the date it is due. */
class ActionsRegisterTest {

    private final ActionsRegister register = new ActionsRegister();

    @Test
    void whatItem26AskedForIsOpenUntilEachIsRecordedAsDone() {
        MeetingStory story = ofAMeeting().then(scheduled(), item("26", 1), item("39", 2), opened(),
                resolved("26", "That the report be noted;", "That a further report be presented."),
                new FurtherReportRequested(MEETING, "item-26", "action-26-b", "res-26", "The findings",
                        "Children and Families Overview and Scrutiny Committee", LocalDate.of(2021, 1, 19)),
                new ReferralMade(MEETING, "item-26", "action-26-c", "res-26", "Cabinet", "The comments made"),
                new ActionAgreed(MEETING, "item-39", "action-39-thanks", null, "Thanks to be given to foster carers",
                        "Director", LocalDate.of(2021, 12, 1)));

        List<ActionRow> rows = register.rowsOf(story.record());
        assertThat(rows).extracting(ActionRow::kind).containsExactly(ActionKind.FURTHER_REPORT, ActionKind.REFERRAL, ActionKind.ACTION);
        assertThat(rows).extracting(ActionRow::dueDate)
                .containsExactly(LocalDate.of(2021, 1, 19), null, LocalDate.of(2021, 12, 1));
        assertThat(rows).extracting(ActionRow::status).containsOnly(ActionStatus.OPEN);
        assertThat(rows.get(1).toBody()).isEqualTo("Cabinet");

        story.then(new ActionCompleted(MEETING, "action-26-c", LocalDate.of(2020, 12, 2), "Letter sent"));

        ActionRow referral = register.rowsOf(story.record()).get(1);
        assertThat(referral.status()).isEqualTo(ActionStatus.DONE);
        assertThat(referral.completionNote()).isEqualTo("Letter sent");
        assertThat(story.record().warnings()).isEmpty();
    }

    @Test
    void aReferralMinutedWithoutASubjectOrADecisionIsDescribedByNothingInvented() {
        List<ActionRow> rows = register.rowsOf(ofAMeeting().then(scheduled(), item("26", 1), opened(),
                resolved("26", "That the report be noted;", "That the Cabinet be advised of the comments made."),
                new ReferralMade(MEETING, "item-26", "action-26-b", "res-26", "b", "Cabinet", null),
                new ReferralMade(MEETING, "item-26", "action-26-x", null, "Scrutiny Board 4", null)).record());

        assertThat(rows).extracting(ActionRow::description)
                .containsExactly("That the Cabinet be advised of the comments made.", null);
        assertThat(rows).extracting(ActionRow::toBody).containsExactly("Cabinet", "Scrutiny Board 4");
    }
}
