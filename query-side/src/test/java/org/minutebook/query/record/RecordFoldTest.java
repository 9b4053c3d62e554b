package org.minutebook.query.record;

import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.actions.ActionCompleted;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.QuestionAnswered;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.committees.CommitteeRenamed;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesSigned;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minutebook.query.record.MeetingStory.BENTLEY;
import static org.minutebook.query.record.MeetingStory.FRYER;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.closed;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.resolved;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** Given the events a clerk recorded, the record the query side folds reads as the minutes do. */
class RecordFoldTest {

    @Test
    void aMeetingScheduledOpenedAndClosedIsClosedWithTheChairAndTheTimesOfTheSitting() {
        MeetingRecord record = ofAMeeting().then(scheduled(), opened(), closed()).record();

        assertThat(record.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(record.chair()).isEqualTo(FRYER);
        assertThat(record.openedAt()).hasToString("2020-11-18T09:30");
        assertThat(record.closedAt()).hasToString("12:12");
        assertThat(record.version()).isEqualTo(2);
    }

    @Test
    void aMeetingWhoseTimesAreNotStatedHasNoDateRatherThanAnInventedOne() {
        MeetingRecord record = ofAMeeting().then(
                new MeetingScheduled(MEETING, "leics-cfosc", "Committee", false, null, null, "Europe/London", "County Hall", List.of(), null),
                new MeetingOpened(MEETING, null, null),
                new MeetingClosed(MEETING, null)).record();

        assertThat(record.date()).isNull();
        assertThat(record.openedAt()).isNull();
        assertThat(record.chair()).isNull();
        assertThat(record.status()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void theAgendaReadsInItsRecordedOrderWithEachItemsPartsStraightAfterIt() {
        MeetingRecord record = ofAMeeting().then(scheduled(), item("8", 1), item("9", 2), item("8(b)", 4, "8"),
                item("8(a)", 3, "8"), item("130", 5)).record();

        assertThat(record.items()).extracting(AgendaItem::number).containsExactly("8", "8(a)", "8(b)", "9", "130");
        assertThat(record.item("item-8(a)")).get().extracting(AgendaItem::parentItemId).isEqualTo("item-8");
    }

    @Test
    void businessIsMinutedUnderItsItemInOrderAndTheItemIsConsidered() {
        MeetingRecord record = ofAMeeting().then(scheduled(), item("26", 1), item("27", 2), opened(),
                new ItemMinuted(MEETING, "item-26", MeetingStory.minute("The Committee considered a report.",  "i) a point"), false),
                resolved("26", "That the report be noted;", "That the Cabinet be advised.")).record();

        AgendaItem item26 = record.item("item-26").orElseThrow();
        assertThat(item26.business()).extracting(Fact::factKind).containsExactly(FactKind.MINUTE, FactKind.RESOLUTION);
        assertThat(item26.status()).isEqualTo(ItemStatus.CONSIDERED);
        assertThat(record.item("item-27").orElseThrow().status()).isEqualTo(ItemStatus.TO_BE_CONSIDERED);
        assertThat(((Fact.Motion) item26.business().get(1)).parts()).hasSize(2);
    }

    @Test
    void anItemDeferredStaysDeferredWhateverIsMinutedUnderItLater() {
        MeetingRecord record = ofAMeeting().then(scheduled(), item("28", 1),
                new ItemDeferred(MEETING, "item-28", "The report was not ready"),
                new ItemMinuted(MEETING, "item-28", MeetingStory.minute("The Chairman explained why."), false)).record();

        assertThat(record.item("item-28").orElseThrow().status()).isEqualTo(ItemStatus.DEFERRED);
    }

    @Test
    void anEventDeliveredTwiceChangesNothing() {
        MeetingStory story = ofAMeeting().then(scheduled(), opened(), new MemberAttended(MEETING, FRYER));
        String once = JSON_OF(story.record());

        story.deliveredAgain(2).deliveredAgain(0);

        assertThat(JSON_OF(story.record())).isEqualTo(once);
        assertThat(story.record().attendance()).hasSize(1);
    }

    @Test
    void eventByEventTheRecordIsTheSameAsFoldedFromTheStart() {
        MeetingStory story = ofAMeeting().then(scheduled(), item("19", 1), opened(),
                new MemberAttended(MEETING, FRYER), new MemberAttended(MEETING, BENTLEY),
                resolved("19", "That the minutes be confirmed."), closed());

        assertThat(JSON_OF(story.record())).isEqualTo(JSON_OF(MeetingStory.FOLD.fold(MEETING, story.events())));
    }

    @Test
    void aCorrectionIsTheRecordTheFactNowReadsAsCorrectedAndTheCorrectionIsNoted() {
        MeetingStory story = ofAMeeting().then(scheduled(), item("130", 1), opened(),
                resolved("130", "That report be noted."));
        long resolution = story.next() - 1;

        story.then(new FactCorrected(MEETING, resolution, "minutebook.ResolutionPassed",
                Map.of("parts", List.of(Map.of("text", "That the report be noted."))), "Minuted without its article",
                new Person("ed-brown", "Ed Brown"), null));

        Fact.Motion corrected = (Fact.Motion) story.record().item("item-130").orElseThrow().business().get(0);
        assertThat(corrected.parts().get(0).text()).isEqualTo("That the report be noted.");
        assertThat(corrected.corrected()).isTrue();
        assertThat(story.record().corrections()).singleElement()
                .satisfies(correction -> assertThat(correction.correctsSequenceNumber()).isEqualTo(resolution));
        assertThat(story.record().version()).isEqualTo(resolution + 1);
    }

    @Test
    void aFactStruckOutIsNoLongerInTheRecord() {
        MeetingStory story = ofAMeeting().then(scheduled(), opened(), new MemberAttended(MEETING, BENTLEY));

        story.then(new FactCorrected(MEETING, 2, "minutebook.MemberAttended", null, "Mr Bentley was not there",
                FRYER, null));

        assertThat(story.record().attendance()).isEmpty();
        assertThat(story.record().corrections()).singleElement().extracting(MeetingRecord.Correction::struckOut)
                .isEqualTo(true);
    }

    @Test
    void aCorrectionWhoseMemberIsNoPersonIsRefusedAndTheApologyStandsAsRecorded() {
        MeetingStory story = ofAMeeting().then(scheduled(), opened(), new ApologyRecorded(MEETING, BENTLEY, null));

        assertThatThrownBy(() -> story.then(new FactCorrected(MEETING, 2, "minutebook.ApologyRecorded",
                Map.of("member", "x"), "The member was misnamed", FRYER, null)))
                .isInstanceOf(RecordFold.CorrectionUnreadable.class)
                .hasMessageStartingWith(RecordFold.CORRECTION_UNREADABLE
                        + ": the correction of event 2 does not read as minutebook.ApologyRecorded");
        assertThat(story.record().version()).isEqualTo(2);
        assertThat(story.record().corrections()).isEmpty();
    }

    @Test
    void anAnswerToAQuestionTheRecordDoesNotHoldIsKeptAsAWarningNotDroppedSilently() {
        MeetingRecord record = ofAMeeting().then(scheduled(), item("20", 1),
                new QuestionAnswered(MEETING, "q-nobody", FRYER, "An answer.")).record();

        assertThat(record.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.sequenceNumber()).isEqualTo(2);
            assertThat(warning.text()).contains("q-nobody");
        });
    }

    @Test
    void anAnswerIsFoldedIntoTheQuestionItAnswers() {
        MeetingRecord record = ofAMeeting().then(scheduled(), item("29", 1),
                new QuestionAsked(MEETING, "item-29", "q-whiting", QuestionKind.PUBLIC,
                        new Person(null, "Mrs Sue Whiting"), "the Chairman", "Could the Chair explain?",
                        "Standing Order 34", false),
                new QuestionAnswered(MEETING, "q-whiting", FRYER, "Panels are multi-agency.")).record();

        Fact.Question question = (Fact.Question) record.item("item-29").orElseThrow().business().get(0);
        assertThat(question.replies().answer().text()).isEqualTo("Panels are multi-agency.");
        assertThat(record.warnings()).isEmpty();
    }

    @Test
    void businessUnderAnItemTheAgendaDoesNotHoldIsKeptUnderItWithAWarning() {
        MeetingRecord record = ofAMeeting().then(scheduled(),
                new ItemMinuted(MEETING, "item-99", MeetingStory.minute("Words minuted."), false)).record();

        assertThat(record.item("item-99")).get().satisfies(item -> {
            assertThat(item.onAgenda()).isFalse();
            assertThat(item.business()).hasSize(1);
        });
        assertThat(record.warnings()).hasSize(1);
    }

    @Test
    void anActionCompletedThatTheRecordDoesNotHoldIsKeptWithAWarning() {
        MeetingRecord record = ofAMeeting().then(scheduled(),
                new ActionCompleted(MEETING, "action-nowhere", java.time.LocalDate.of(2021, 1, 5), null)).record();

        assertThat(record.completions()).hasSize(1);
        assertThat(record.warnings()).singleElement().extracting(MeetingRecord.Warning::text).asString()
                .contains("action-nowhere");
    }

    /**
     * Every meeting event has its place (each part's folding answers each of its events, or the fold does not
     * compile); what is not a meeting's event at all is kept as a warning, never dropped without a word.
     */
    @Test
    void anEventThatIsNotOfAMeetingIsAWarning() {
        MeetingStory story = ofAMeeting().then(scheduled());
        RecordedEvent renamed = new RecordedEvent(1, MeetingStory.FIRST_RECORDED,
                new CommitteeRenamed("cfosc", "Children and Families Scrutiny", LocalDate.of(2021, 5, 1)));

        MeetingRecord record = MeetingStory.FOLD.apply(story.record(), renamed, story::events);

        assertThat(record.warnings()).singleElement().extracting(MeetingRecord.Warning::sequenceNumber).isEqualTo(1L);
        assertThat(record.version()).isEqualTo(1);
    }

    @Test
    void theMinutesAreADraftUntilALaterMeetingConfirmsThemAndItsChairSigns() {
        MeetingStory story = ofAMeeting().then(scheduled(), opened(), closed());
        assertThat(story.record().minutesStage()).isEqualTo(MinutesStage.DRAFT);

        story.then(new MinutesConfirmed(MEETING, "leics-cfosc-2021-01-19", FRYER),
                new MinutesSigned(MEETING, FRYER, "leics-cfosc-2021-01-19"));

        assertThat(story.record().minutesStage()).isEqualTo(MinutesStage.CONFIRMED);
        assertThat(story.record().minutesConfirmation()).get().extracting(Fact.MinutesConfirmation::signedBy)
                .isEqualTo(FRYER);
    }

    @Test
    void aStoredRecordReadsBackAsItWasWritten() {
        MeetingRecord record = ofAMeeting().then(scheduled(), item("26", 1), opened(),
                new MemberAttended(MEETING, FRYER), resolved("26", "That the report be noted."),
                new ItemMinuted(MEETING, "item-26", MeetingStory.minute("Minuted.",  "a point"), false), closed()).record();

        MeetingRecord stored = MeetingStory.JSON.read(MeetingStory.JSON.document(record), MeetingRecord.class);

        assertThat(JSON_OF(stored)).isEqualTo(JSON_OF(record));
        assertThat(MeetingStory.JSON.document(record).getList("items", org.bson.Document.class).get(0)
                .getList("business", org.bson.Document.class)).extracting(fact -> fact.getString("fact"))
                .containsExactly("resolution", "minute");
    }

    private static String JSON_OF(MeetingRecord record) {
        return MeetingStory.JSON.write(record);
    }
}
