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

    private final FoldedRecords folded = new FoldedRecords(2);

    @Test
    void theMeetingWrittenLastIsFoldedOnAsItIsAndIsTakenOutWhileABatchFoldsIt() {
        MeetingRecord written = ofAMeeting().then(scheduled(), opened()).record();
        folded.keep(written);

        assertThat(folded.take(written.meetingId(), 1)).isSameAs(written);
        // the batch that took it failed before writing: the next one reads the stored record again
        assertThat(folded.take(written.meetingId(), 1)).isNull();
    }

    @Test
    void aRecordAnotherInstanceHasWrittenOnSinceIsNotUsed() {
        MeetingRecord written = ofAMeeting().then(scheduled(), opened()).record();
        folded.keep(written);

        assertThat(folded.take(written.meetingId(), 2)).isNull();
    }

    @Test
    void aRebuildForgetsTheRecordsKeptAndOnlyTheLastWrittenAreKept() {
        MeetingRecord first = ofAMeeting().then(scheduled()).record();
        folded.keep(first);
        folded.clear();
        assertThat(folded.take(first.meetingId(), 0)).isNull();

        MeetingRecord other = new MeetingRecord("ascosc-2021-03-09");
        MeetingRecord third = new MeetingRecord("cfosc-2021-12-07");
        MeetingStory.FOLD.apply(other, new RecordedEvent(0, MeetingStory.FIRST_RECORDED, item("1", 1)), null);
        MeetingStory.FOLD.apply(third, new RecordedEvent(0, MeetingStory.FIRST_RECORDED, item("1", 1)), null);
        folded.keep(first);
        folded.keep(other);
        folded.keep(third);
        assertThat(folded.take(first.meetingId(), 0)).isNull();
        assertThat(folded.take(third.meetingId(), 0)).isSameAs(third);
    }

    @Test
    void aMeetingOfWhichNothingFoldedIsNotKept() {
        folded.keep(new MeetingRecord("cfosc-2021-12-07"));

        assertThat(folded.take("cfosc-2021-12-07", -1)).isNull();
    }
}
