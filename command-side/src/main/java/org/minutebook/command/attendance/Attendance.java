package org.minutebook.command.attendance;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.kernel.MeetingState;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.AttendanceMode;
import org.minutebook.events.attendance.EarlierAbsenceApologised;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.MemberLeftEarly;
import org.minutebook.events.attendance.OfficerAttended;
import org.minutebook.events.attendance.SubstituteRecorded;
import org.minutebook.events.sitting.Sitting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import static org.minutebook.command.kernel.WrittenTimes.written;

/**
 * Who was there, and how: members present in person or remotely, or in attendance without being members;
 * apologies, substitutes, officers and others; late arrivals and early departures; apologies for earlier absences.
 * Nobody is both present and absent (people are matched by {@link Person#sameAs}), a substitute stands in only for a
 * member of the committee who sent apologies, and an arrival or departure recorded after the votes of the items it
 * concerns must leave those votes lawful (who is present at each item is the sitting's to say: {@code Sitting}).
 */
public final class Attendance {

    private final MeetingState state;
    private final Agenda agenda;
    private final List<Person> present = new ArrayList<>();
    private final List<Person> apologies = new ArrayList<>();
    private final List<SubstituteRecorded> substitutes = new ArrayList<>();
    private final List<Person> inAttendance = new ArrayList<>();
    private final List<Person> left = new ArrayList<>();

    public Attendance(MeetingState state, Agenda agenda) {
        this.state = state;
        this.agenda = agenda;
    }

    @CommandHandler
    void handle(RecordAttendance command) {
        state.requireRecordable();
        Person member = command.member();
        if (anyIs(apologies, member)) {
            throw presentAndAbsent(member, "member");
        }
        requireNotYetRecorded(member, "member");
        apply(new MemberAttended(state.meetingId(), member, command.mode()));
    }

    @CommandHandler
    void handle(RecordApology command, CommitteeRoster committees) {
        state.requireRecordable();
        Person member = command.member();
        if (isPresent(member)) {
            throw presentAndAbsent(member, "member");
        }
        if (anyIs(apologies, member)) {
            throw AttendanceRules.APOLOGY_ALREADY_RECORDED.broken(member.asWritten()
                    + "'s apologies are already recorded").at("member");
        }
        state.requireRecordedVotesStand(agenda.sitting(facts -> facts.apologised(member), committees), agenda::named,
                "member");
        apply(new ApologyRecorded(state.meetingId(), member, command.reason()));
    }

    /**
     * A substitute stands in for a member who sent apologies; when the page does not say for whom ("Cllr Orton
     * substituted"), the record does not say either.
     */
    @CommandHandler
    void handle(RecordSubstitute command, CommitteeRoster committees) {
        state.requireRecordable();
        Person absent = command.forMember();
        if (absent != null) {
            if (!anyIs(apologies, absent)) {
                throw AttendanceRules.SUBSTITUTE_WITHOUT_APOLOGY.broken("A substitute stands in for a member who"
                        + " sent apologies; " + absent.asWritten() + " did not").at("forMember");
            }
            if (absent.id() != null && state.date() != null
                    && !committees.isMemberOn(state.committeeId(), absent.id(), state.date())) {
                throw AttendanceRules.SUBSTITUTE_FOR_NON_MEMBER.broken(absent.asWritten()
                        + " is not a member of committee " + state.committeeId() + " on " + written(state.date()))
                        .at("forMember");
            }
            if (substitutes.stream().anyMatch(other -> absent.sameAs(other.forMember()))) {
                throw AttendanceRules.MEMBER_ALREADY_SUBSTITUTED.broken(absent.asWritten()
                        + " already has a substitute at this meeting").at("forMember");
            }
        }
        if (anyIs(apologies, command.substitute())) {
            throw presentAndAbsent(command.substitute(), "substitute");
        }
        requireNotYetRecorded(command.substitute(), "substitute");
        if (command.mode() == AttendanceMode.IN_ATTENDANCE) {
            throw AttendanceRules.SUBSTITUTE_IN_ATTENDANCE.broken("A substitute attends as a member of the committee,"
                    + " in person or remotely, not merely in attendance").at("mode");
        }
        apply(new SubstituteRecorded(state.meetingId(), command.substitute(), absent, command.mode()));
    }

    @CommandHandler
    void handle(RecordOfficerAttendance command) {
        state.requireRecordable();
        requireNotYetRecorded(command.officer(), "officer");
        apply(new OfficerAttended(state.meetingId(), command.officer(), command.role()));
    }

    @CommandHandler
    void handle(RecordGuestAttendance command) {
        state.requireRecordable();
        requireNotYetRecorded(command.guest(), "guest");
        apply(new GuestAttended(state.meetingId(), command.guest(), command.capacity()));
    }

    /** An apology for earlier absences says nothing of this meeting's attendance, so it conflicts with nothing. */
    @CommandHandler
    void handle(RecordEarlierAbsenceApology command) {
        state.requireRecordable();
        apply(new EarlierAbsenceApologised(state.meetingId(), command.member(), command.absences()));
    }

    @CommandHandler
    void handle(RecordLateArrival command, CommitteeRoster committees) {
        state.requireRecordable();
        agenda.requireItem(command.itemId(), "itemId");
        requirePresent(command.member());
        requireVotesStand(facts -> facts.arrived(command.member(), command.itemId()), committees);
        apply(new MemberArrivedLate(state.meetingId(), command.member(), command.itemId()));
    }

    @CommandHandler
    void handle(RecordEarlyDeparture command, CommitteeRoster committees) {
        state.requireRecordable();
        agenda.requireItem(command.itemId(), "itemId");
        requirePresent(command.member());
        if (anyIs(left, command.member())) {
            throw AttendanceRules.MEMBER_ALREADY_LEFT.broken(command.member().asWritten()
                    + " has already left the meeting").at("member");
        }
        requireVotesStand(facts -> facts.left(command.member(), command.itemId()), committees);
        apply(new MemberLeftEarly(state.meetingId(), command.member(), command.itemId()));
    }

    /** Arriving or leaving during an item says who was present at every item after (or before) it. */
    private void requireVotesStand(UnaryOperator<Sitting.Facts> with, CommitteeRoster committees) {
        state.requireRecordedVotesStand(agenda.sitting(with, committees), agenda::named, "itemId");
    }

    /**
     * Who takes part in the business (declares, moves, seconds, votes): the one definition for every rule. Those
     * recorded present, as members or substitutes; where the minutes list no member present (001 has no PRESENT
     * list, only a substitute, yet three members declare), anyone not recorded absent with apologies.
     */
    public boolean takesPart(Person person) {
        if (present.isEmpty()) {
            return !anyIs(apologies, person);
        }
        return isPresent(person);
    }

    /** Recorded present, as a member or as a substitute. */
    public boolean isPresent(Person person) {
        return anyIs(present, person) || substitutes.stream().anyMatch(s -> s.substitute().sameAs(person));
    }

    private void requirePresent(Person member) {
        if (!isPresent(member)) {
            throw AttendanceRules.MEMBER_NOT_PRESENT.broken(member.asWritten() + " is not recorded as present")
                    .at("member");
        }
    }

    private void requireNotYetRecorded(Person person, String field) {
        if (isPresent(person) || anyIs(inAttendance, person)) {
            throw AttendanceRules.ATTENDANCE_ALREADY_RECORDED.broken(person.asWritten()
                    + " is already recorded as attending").at(field);
        }
    }

    private static boolean anyIs(List<Person> people, Person person) {
        return people.stream().anyMatch(person::sameAs);
    }

    private static RuleViolation presentAndAbsent(Person member, String field) {
        return AttendanceRules.PRESENT_AND_ABSENT.broken(member.asWritten()
                + " cannot be both present and absent with apologies").at(field);
    }

    @EventSourcingHandler
    void on(MemberAttended event) {
        present.add(event.member());
        state.sitting().attended(event.member(), event.mode());
    }

    @EventSourcingHandler
    void on(ApologyRecorded event) {
        apologies.add(event.member());
        state.sitting().apologised(event.member());
    }

    @EventSourcingHandler
    void on(SubstituteRecorded event) {
        substitutes.add(event);
        state.sitting().substituted(event.substitute(), event.mode());
    }

    @EventSourcingHandler
    void on(OfficerAttended event) {
        inAttendance.add(event.officer());
    }

    @EventSourcingHandler
    void on(GuestAttended event) {
        inAttendance.add(event.guest());
    }

    @EventSourcingHandler
    void on(MemberArrivedLate event) {
        state.sitting().arrived(event.member(), event.itemId());
    }

    @EventSourcingHandler
    void on(MemberLeftEarly event) {
        left.add(event.member());
        state.sitting().left(event.member(), event.itemId());
    }
}
