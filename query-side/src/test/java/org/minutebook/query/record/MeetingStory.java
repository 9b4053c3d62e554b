package org.minutebook.query.record;

import org.minutebook.events.MeetingEvent;
import org.minutebook.events.Person;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.business.MinuteBlock;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting told as the events a clerk records, one after another (sequence numbers from 0, a minute apart), and
 * the record the query side folds from them, event by event as it does live.
 */
public final class MeetingStory {

    public static final String MEETING = "leics-cfosc-2020-11-18";
    public static final Person FRYER = new Person("fryer", "Mrs. H. J. Fryer CC");
    public static final Person BENTLEY = new Person("bentley", "Mr. I. E. G. Bentley CC");
    public static final Person WELSH = new Person("welsh", "Mr. G. Welsh CC");
    public static final Instant FIRST_RECORDED = Instant.parse("2020-11-18T09:00:00Z");
    static final RecordJson JSON = new RecordJson();
    static final RecordFold FOLD = new RecordFold(JSON.mapper());

    private final List<RecordedEvent> events = new ArrayList<>();
    private MeetingRecord record;

    private MeetingStory(String meetingId) {
        record = new MeetingRecord(meetingId);
    }

    public static MeetingStory ofAMeeting() {
        return ofAMeeting(MEETING);
    }

    /** Another meeting than the usual one: its events name it themselves. */
    public static MeetingStory ofAMeeting(String meetingId) {
        return new MeetingStory(meetingId);
    }

    /** The clerk records these, in order; each is applied to the record as the projection applies it. */
    public MeetingStory then(MeetingEvent... recorded) {
        for (MeetingEvent event : recorded) {
            deliver(new RecordedEvent(events.size(), FIRST_RECORDED.plus(Duration.ofMinutes(events.size())), event));
        }
        return this;
    }

    /** An event arriving again (delivery is at least once). */
    public MeetingStory deliveredAgain(long sequenceNumber) {
        deliver(events.get((int) sequenceNumber));
        return this;
    }

    private void deliver(RecordedEvent event) {
        if (event.sequenceNumber() == events.size()) {
            events.add(event);
        }
        record = FOLD.apply(record, event, () -> events.subList(0, (int) event.sequenceNumber() + 1));
    }

    public MeetingRecord record() {
        return record;
    }

    public List<RecordedEvent> events() {
        return List.copyOf(events);
    }

    /** The sequence number the next event will have. */
    public long next() {
        return events.size();
    }

    // --- what most stories begin and end with ---------------------------------------------------------------------

    public static MeetingScheduled scheduled() {
        return new MeetingScheduled(MEETING, "leics-cfosc", "Children and Families Overview and Scrutiny Committee",
                false, LocalDate.of(2020, 11, 18), LocalTime.of(9, 30), "Europe/London", "County Hall, Glenfield", List.of(),
                null);
    }

    public static MeetingOpened opened() {
        return new MeetingOpened(MEETING, LocalDateTime.of(2020, 11, 18, 9, 30), FRYER);
    }

    public static MeetingClosed closed() {
        return new MeetingClosed(MEETING, LocalTime.of(12, 12));
    }

    public static AgendaItemAdded item(String number, int position) {
        return item(number, position, null);
    }

    public static AgendaItemAdded item(String number, int position, String partOf) {
        return new AgendaItemAdded(MEETING, "item-" + number, number, partOf == null ? null : "item-" + partOf,
                position, "Item " + number, null, null, List.of(), null);
    }

    public static ResolutionPassed resolved(String number, String... parts) {
        List<ResolutionPart> worded = new ArrayList<>();
        for (String part : parts) {
            worded.add(new ResolutionPart(parts.length == 1 ? null : (char) ('a' + worded.size()) + ")", part));
        }
        return new ResolutionPassed(MEETING, "item-" + number, "res-" + number, ResolutionForm.RESOLVED, null,
                worded, null, null, null);
    }

    /** A minute as a paragraph, then the points raised as a bulleted list when there are any. */
    public static List<MinuteBlock> minute(String text, String... points) {
        return points.length == 0 ? List.of(MinuteBlock.paragraph(text))
                : List.of(MinuteBlock.paragraph(text), MinuteBlock.bullets(List.of(points)));
    }
}
