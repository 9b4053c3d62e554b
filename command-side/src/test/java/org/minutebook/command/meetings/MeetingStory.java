package org.minutebook.command.meetings;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.platform.ContractConstraints;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.events.Person;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingContact;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingScheduled;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One meeting as its published minutes tell it: its committee, when and where, who chaired, its agenda. The given
 * of a test is told with it ("the meeting in session with items 28 to 42", "the meeting after its close") as the
 * events the record would hold; see {@link TheMinutes} for the meetings themselves.
 */
public final class MeetingStory {

    private final String meetingId;
    private final String committeeId;
    private final String title;
    private final boolean special;
    private final LocalDateTime startsAt;
    private final String venue;
    private final List<MeetingContact> contacts;
    private final Person chair;
    private final LocalTime closesAt;
    private final List<AgendaLine> agenda;
    private final List<Person> members;

    private MeetingStory(Builder builder) {
        this.meetingId = builder.meetingId;
        this.committeeId = Objects.requireNonNull(builder.committeeId, "committee");
        this.title = builder.title;
        this.special = builder.special;
        this.startsAt = Objects.requireNonNull(builder.startsAt, "startsAt");
        this.venue = builder.venue;
        this.contacts = List.copyOf(builder.contacts);
        this.chair = builder.chair;
        this.closesAt = builder.closesAt;
        this.agenda = List.copyOf(builder.agenda);
        this.members = List.copyOf(builder.members);
    }

    static Builder meeting(String meetingId) {
        return new Builder(meetingId);
    }

    public String id() {
        return meetingId;
    }

    public String committeeId() {
        return committeeId;
    }

    public String title() {
        return title;
    }

    public Person chair() {
        return chair;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDate date() {
        return startsAt.toLocalDate();
    }

    /** A time of the meeting's day, as the minutes give it ("The meeting closed at 7.00pm"). */
    public LocalDateTime at(int hour, int minute) {
        return date().atTime(hour, minute);
    }

    /** A time of the meeting's day as a client sends it: the council's civil time. */
    public MeetingTime time(int hour, int minute) {
        return MeetingTime.civil(at(hour, minute));
    }

    /** The committee the meeting belongs to, and its members on the day. */
    public KnownCommittees roster() {
        return new KnownCommittees(committeeId, members.stream().map(Person::id).toArray(String[]::new));
    }

    /** A fresh fixture for the story's meetings, its committee and members known to the meeting. */
    public FixtureConfiguration<Meeting> fixture() {
        FixtureConfiguration<Meeting> fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(roster());
        fixture.registerInjectableResource(CouncilScope.NOT_CHECKED);
        fixture.registerInjectableResource(ContractConstraints.validator());
        return fixture;
    }

    /** The id of an agenda item of this meeting, by its number ("35") or, unnumbered, its key ("petitions"). */
    public String item(String key) {
        return line(key).itemId;
    }

    // --- commands and events of the meeting itself

    public ScheduleMeeting schedule() {
        return new ScheduleMeeting(meetingId, committeeId, title, special, MeetingTime.civil(startsAt), null, venue,
                contacts, null);
    }

    public MeetingScheduled scheduled() {
        return new MeetingScheduled(meetingId, committeeId, title, special, startsAt.toLocalDate(),
                startsAt.toLocalTime(), KnownCommittees.LONDON.getId(), venue, contacts, null);
    }

    public OpenMeeting open() {
        return new OpenMeeting(meetingId, MeetingTime.civil(startsAt), chair, null);
    }

    public MeetingOpened opened() {
        return new MeetingOpened(meetingId, startsAt, chair);
    }

    public AgendaItemAdded itemAdded(String key) {
        AgendaLine line = line(key);
        String parentItemId = line.parentKey == null ? null : item(line.parentKey);
        return new AgendaItemAdded(meetingId, line.itemId, line.number, parentItemId, agenda.indexOf(line) + 1,
                line.title, null, null, null, null);
    }

    public MeetingClosed closed() {
        if (closesAt == null) {
            throw new IllegalStateException("The minutes of " + meetingId + " do not say when it closed");
        }
        return new MeetingClosed(meetingId, closesAt);
    }

    public MemberAttended attended(Person member) {
        return new MemberAttended(meetingId, member);
    }

    // --- the givens: the record as it stands at some point of the meeting

    /** Scheduled, with its whole agenda, not yet opened. */
    public List<Object> beforeOpening() {
        List<Object> events = new ArrayList<>();
        events.add(scheduled());
        agenda.forEach(line -> events.add(itemAdded(line.key)));
        return events;
    }

    /** Opened by its chair at the time it was called for, its agenda before it. */
    public List<Object> inSession() {
        List<Object> events = beforeOpening();
        events.add(opened());
        return events;
    }

    /** In session, with these members recorded present. */
    public List<Object> inSessionWith(Person... present) {
        List<Object> events = inSession();
        Arrays.stream(present).forEach(member -> events.add(attended(member)));
        return events;
    }

    /** In session, every member of its committee recorded present. */
    public List<Object> inSessionInFull() {
        return inSessionWith(members.toArray(Person[]::new));
    }

    /** Closed at the time its minutes give. */
    public List<Object> afterTheClose() {
        List<Object> events = inSession();
        events.add(closed());
        return events;
    }

    private AgendaLine line(String key) {
        return agenda.stream().filter(line -> line.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item " + key + " on the agenda of " + meetingId));
    }

    private static final class AgendaLine {
        private final String key;
        private final String itemId;
        private final String number;
        private final String parentKey;
        private final String title;

        private AgendaLine(String meetingId, String key, String parentKey, String title) {
            this.key = key;
            this.itemId = meetingId + "-" + key;
            this.number = key.matches("\\d+[a-z]?") ? key : null;
            this.parentKey = parentKey;
            this.title = title;
        }
    }

    static final class Builder {

        private final String meetingId;
        private String committeeId;
        private String title;
        private boolean special;
        private LocalDateTime startsAt;
        private String venue;
        private final List<MeetingContact> contacts = new ArrayList<>();
        private Person chair;
        private LocalTime closesAt;
        private final List<AgendaLine> agenda = new ArrayList<>();
        private final List<Person> members = new ArrayList<>();

        private Builder(String meetingId) {
            this.meetingId = meetingId;
        }

        Builder of(String committeeId, String title) {
            this.committeeId = committeeId;
            this.title = title;
            return this;
        }

        Builder special() {
            this.special = true;
            return this;
        }

        Builder at(LocalDateTime startsAt, String venue) {
            this.startsAt = startsAt;
            this.venue = venue;
            return this;
        }

        Builder contact(MeetingContact contact) {
            contacts.add(contact);
            return this;
        }

        Builder chairedBy(Person chair) {
            this.chair = chair;
            return this;
        }

        Builder closingAt(LocalTime closesAt) {
            this.closesAt = closesAt;
            return this;
        }

        Builder members(Person... members) {
            this.members.addAll(List.of(members));
            return this;
        }

        /**
         * The agenda as the minutes list it, one item a line: {@code 28 | Minutes.} for a numbered item, {@code
         * petitions | Petitions} for an unnumbered one (the key stands in for a number); an indented line is part
         * of the item above it.
         */
        Builder agenda(String lines) {
            String parentKey = null;
            for (String line : lines.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] keyAndTitle = line.strip().split("\\s*\\|\\s*", 2);
                boolean part = Character.isWhitespace(line.charAt(0));
                agenda.add(new AgendaLine(meetingId, keyAndTitle[0], part ? parentKey : null, keyAndTitle[1]));
                if (!part) {
                    parentKey = keyAndTitle[0];
                }
            }
            return this;
        }

        /** The agenda as numbered items, one title a line, the first numbered {@code first}. */
        Builder agendaNumberedFrom(int first, String titles) {
            int number = first;
            for (String title : titles.split("\n")) {
                if (!title.isBlank()) {
                    agenda.add(new AgendaLine(meetingId, String.valueOf(number++), null, title.strip()));
                }
            }
            return this;
        }

        MeetingStory told() {
            return new MeetingStory(this);
        }
    }
}
