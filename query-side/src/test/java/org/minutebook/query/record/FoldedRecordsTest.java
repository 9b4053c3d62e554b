package org.minutebook.query.record;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.scheduled;

/**
 * The records the projection wrote last, kept folded for the next batch: used only at the version the meeting's
 * answers are stored at, taken out while a batch folds them (so one that fails half-way leaves none ahead of what
 * is stored), forgotten by a rebuild.
 */
class FoldedRecordsTest {

    private final FoldedRecords folded = new FoldedRecords(2, 1_000_000);

    @Test
    void theMeetingWrittenLastIsFoldedOnAsItIsAndIsTakenOutWhileABatchFoldsIt() {
        MeetingRecord written = ofAMeeting().then(scheduled(), opened()).record();
        folded.keep(written, 1);

        assertThat(folded.take(written.meetingId(), 1)).isSameAs(written);
        // the batch that took it failed before writing: the next one reads the stored record again
        assertThat(folded.take(written.meetingId(), 1)).isNull();
    }

    @Test
    void aRecordAnotherInstanceHasWrittenOnSinceIsNotUsed() {
        MeetingRecord written = ofAMeeting().then(scheduled(), opened()).record();
        folded.keep(written, 1);

        assertThat(folded.take(written.meetingId(), 2)).isNull();
    }

    @Test
    void aRebuildForgetsTheRecordsKeptAndOnlyTheLastWrittenAreKept() {
        MeetingRecord first = ofAMeeting().then(scheduled()).record();
        folded.keep(first, 1);
        folded.clear();
        assertThat(folded.take(first.meetingId(), 0)).isNull();

        MeetingRecord other = new MeetingRecord("ascosc-2021-03-09");
        MeetingRecord third = new MeetingRecord("cfosc-2021-12-07");
        MeetingStory.FOLD.apply(other, new RecordedEvent(0, MeetingStory.FIRST_RECORDED, item("1", 1)), null);
        MeetingStory.FOLD.apply(third, new RecordedEvent(0, MeetingStory.FIRST_RECORDED, item("1", 1)), null);
        folded.keep(first, 1);
        folded.keep(other, 1);
        folded.keep(third, 1);
        assertThat(folded.take(first.meetingId(), 0)).isNull();
        assertThat(folded.take(third.meetingId(), 0)).isSameAs(third);
    }

    @Test
    void recordsAreKeptWithinTheWeightOfTheirMinutesTheLeastRecentlyWrittenGoingFirst() {
        FoldedRecords within = new FoldedRecords(10, 100);
        MeetingRecord cabinet = folded("cabinet-2021-03-09");
        MeetingRecord scrutiny = folded("cfosc-2021-12-07");
        MeetingRecord planning = folded("planning-2022-01-12");
        MeetingRecord council = folded("council-2022-02-24");

        within.keep(cabinet, 60);
        within.keep(scrutiny, 30);
        within.keep(planning, 30);
        within.keep(council, 101);

        assertThat(within.take(cabinet.meetingId(), 0)).as("written first, past the weight").isNull();
        assertThat(within.take(council.meetingId(), 0)).as("heavier alone than all kept").isNull();
        assertThat(within.take(scrutiny.meetingId(), 0)).isSameAs(scrutiny);
        assertThat(within.take(planning.meetingId(), 0)).isSameAs(planning);
    }

    private static MeetingRecord folded(String meetingId) {
        MeetingRecord record = new MeetingRecord(meetingId);
        MeetingStory.FOLD.apply(record, new RecordedEvent(0, MeetingStory.FIRST_RECORDED, item("1", 1)), null);
        return record;
    }

    @Test
    void aMeetingOfWhichNothingFoldedIsNotKept() {
        folded.keep(new MeetingRecord("cfosc-2021-12-07"), 1);

        assertThat(folded.take("cfosc-2021-12-07", -1)).isNull();
    }
}
