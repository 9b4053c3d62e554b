package org.minutebook.query.interests;

import org.minutebook.events.Person;
import org.minutebook.query.committees.Committee;
import org.minutebook.query.committees.Committees;
import org.minutebook.query.declarations.DeclarationRow;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.platform.Readers;
import org.minutebook.query.record.AgendaItem;
import org.minutebook.query.record.FactKind;
import org.minutebook.query.record.ItemStatus;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.RegisterRows;
import org.minutebook.query.record.VisibleRecords;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A meeting's declarations beside its members' registers as they stood that day, and the registered interests that
 * match an item a member was present for but were not declared (for the monitoring officer only).
 */
@Component
public class InterestsAtMeetings {

    private final VisibleRecords records;
    private final Committees committees;
    private final Registers registers;
    private final RegisterRows rows;

    InterestsAtMeetings(VisibleRecords records, Committees committees, Registers registers, RegisterRows rows) {
        this.records = records;
        this.committees = committees;
        this.registers = registers;
        this.rows = rows;
    }

    /** The declarations beside the registers, as the caller may read them (exempt items and s.32 details withheld). */
    public MeetingInterests beside(String meetingId, Long minVersion) {
        Meeting meeting = meeting(meetingId, minVersion);
        List<MeetingInterests.MemberAtMeeting> members = new ArrayList<>();
        for (Person member : meeting.members.values()) {
            List<DeclarationRow> declared = meeting.declarations.stream()
                    .filter(row -> member.sameAs(row.member())).toList();
            RegisterAsItStood register = Optional.ofNullable(meeting.registers.get(member.id()))
                    .filter(found -> meeting.record.date() != null)
                    .map(found -> RegisterAsItStood.of(found, meeting.record.date(), null,
                            Readers.readExemptBusiness()))
                    .orElse(null);
            members.add(new MeetingInterests.MemberAtMeeting(member, declared, register));
        }
        return new MeetingInterests(meetingId, meeting.record.date(), meeting.council, members);
    }

    /**
     * Each interest in the register of a member present, as it stood on the meeting's day, that shares enough words
     * with an item set before the meeting, where the member declared nothing on that item and made no general
     * declaration. None when the meeting's day is not stated.
     */
    public List<MeetingInterests.UndeclaredInterest> undeclared(String meetingId) {
        Meeting meeting = meeting(meetingId, null);
        List<MeetingInterests.UndeclaredInterest> flagged = new ArrayList<>();
        if (meeting.record.date() == null) {
            return flagged;
        }
        for (Person member : meeting.present) {
            StoredRegister register = meeting.registers.get(member.id());
            if (register == null || declaredGenerally(meeting, member)) {
                continue;
            }
            RegisterAsItStood stood = RegisterAsItStood.of(register, meeting.record.date(), null, true);
            for (AgendaItem item : meeting.record.items()) {
                if (!item.onAgenda() || item.status() == ItemStatus.DEFERRED || item.status() == ItemStatus.WITHDRAWN
                        || declaredOn(meeting, member, item)) {
                    continue;
                }
                for (RegisterAsItStood.InterestRow interest : stood.interests()) {
                    List<String> shared = SharedWords.match(interest.description(), item.title(), meeting.council);
                    if (!shared.isEmpty()) {
                        flagged.add(new MeetingInterests.UndeclaredInterest(member, item.itemId(), item.number(),
                                item.title(), interest.entryId(), interest.description(), shared,
                                "The register's \"" + interest.description() + "\" and item "
                                        + (item.number() == null ? item.itemId() : item.number()) + " \""
                                        + item.title() + "\" share " + shared.stream().map(word -> "'" + word + "'")
                                        .collect(Collectors.joining(", "))
                                        + "; no interest was declared on the item"));
                    }
                }
            }
        }
        return flagged;
    }

    private static boolean declaredGenerally(Meeting meeting, Person member) {
        return meeting.declarations.stream().anyMatch(row -> row.where().itemId() == null
                && member.sameAs(row.member()));
    }

    private static boolean declaredOn(Meeting meeting, Person member, AgendaItem item) {
        return meeting.declarations.stream().anyMatch(row -> item.itemId().equals(row.where().itemId())
                && member.sameAs(row.member()));
    }

    private Meeting meeting(String meetingId, Long minVersion) {
        MeetingRecord record = records.find(meetingId, minVersion, Registers.NAME).orElseThrow(() ->
                new NotFound("No meeting " + meetingId + " is recorded (or it is not projected yet)"));
        String council = committees.find(record.committeeId()).map(Committee::council).orElse(null);
        List<DeclarationRow> declarations = rows.of(record, DeclarationRow.class).stream()
                .filter(row -> row.kind() == FactKind.INTEREST).toList();
        Map<String, Person> present = new LinkedHashMap<>();
        record.attendance().stream().flatMap(fact -> fact.accept(MembersPresent.MEMBERS_PRESENT).stream())
                .filter(person -> person.id() != null).forEach(person -> present.putIfAbsent(person.id(), person));
        Map<String, Person> members = new LinkedHashMap<>(present);
        declarations.stream().map(DeclarationRow::member).filter(person -> person != null && person.id() != null)
                .forEach(person -> members.putIfAbsent(person.id(), person));
        Map<String, StoredRegister> registersOf = registers.ofMembers(council, members.keySet()).stream()
                .collect(Collectors.toMap(register -> register.member().id(), Function.identity(), (a, b) -> a));
        return new Meeting(record, council, declarations, List.copyOf(present.values()), members, registersOf);
    }

    /** What both answers read of a meeting. */
    private record Meeting(MeetingRecord record, String council, List<DeclarationRow> declarations,
                           List<Person> present, Map<String, Person> members, Map<String, StoredRegister> registers) {
    }
}
