package org.minutebook.command.attendance;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.minutebook.command.RuleViolation;
import org.minutebook.command.agenda.Agenda;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.meetings.MeetingState;
import org.minutebook.command.meetings.Versions;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.MemberLeftEarly;
import org.minutebook.events.attendance.OfficerAttended;
import org.minutebook.events.attendance.SubstituteRecorded;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who was there: members present, apologies, substitutes, officers and others; late arrivals and early
 * departures. A member is never both present and absent, and a substitute stands in only for a member of the
 * committee who sent apologies.
 */
public final class Attendance {

    private final MeetingState state;
    private final Agenda agenda;
    private final Set<String> present = new HashSet<>();
    private final Set<String> apologies = new HashSet<>();
    private final Map<String, String> substituteFor = new HashMap<>();
    private final Set<String> inAttendance = new HashSet<>();
    private final Set<String> left = new HashSet<>();

    public Attendance(MeetingState state, Agenda agenda) {
        this.state = state;
        this.agenda = agenda;
    }

    @CommandHandler
    long handle(RecordAttendance command) {
        state.requireInSession();
        Person member = command.member();
        if (apologies.contains(key(member))) {
            throw presentAndAbsent(member);
        }
        requireNotYetRecorded(member);
        apply(new MemberAttended(state.meetingId(), member));
        return Versions.current();
    }

    @CommandHandler
    long handle(RecordApology command) {
        state.requireInSession();
        Person member = command.member();
        if (isPresent(member)) {
            throw presentAndAbsent(member);
        }
        if (apologies.contains(key(member))) {
            throw RuleViolation.conflict("apology-already-recorded", member.name() + "'s apologies are already recorded");
        }
        apply(new ApologyRecorded(state.meetingId(), member, command.reason()));
        return Versions.current();
    }

    @CommandHandler
    long handle(RecordSubstitute command, CommitteeRoster committees) {
        state.requireInSession();
        String absent = "id:" + command.forMemberId();
        if (!apologies.contains(absent)) {
            throw RuleViolation.conflict("substitute-without-apology",
                    "A substitute stands in for a member who sent apologies; " + command.forMemberId() + " did not");
        }
        if (!committees.isMemberOn(state.committeeId(), command.forMemberId(), state.date())) {
            throw RuleViolation.invalid("substitute-for-non-member", command.forMemberId()
                    + " is not a member of committee " + state.committeeId() + " on " + state.date());
        }
        if (substituteFor.containsValue(command.forMemberId())) {
            throw RuleViolation.conflict("member-already-substituted",
                    command.forMemberId() + " already has a substitute at this meeting");
        }
        if (apologies.contains(key(command.substitute()))) {
            throw presentAndAbsent(command.substitute());
        }
        requireNotYetRecorded(command.substitute());
        apply(new SubstituteRecorded(state.meetingId(), command.substitute(), command.forMemberId()));
        return Versions.current();
    }

    @CommandHandler
    long handle(RecordOfficerAttendance command) {
        state.requireInSession();
        requireNotYetRecorded(command.officer());
        apply(new OfficerAttended(state.meetingId(), command.officer(), command.role()));
        return Versions.current();
    }

    @CommandHandler
    long handle(RecordGuestAttendance command) {
        state.requireInSession();
        requireNotYetRecorded(command.guest());
        apply(new GuestAttended(state.meetingId(), command.guest(), command.capacity()));
        return Versions.current();
    }

    @CommandHandler
    long handle(RecordLateArrival command) {
        state.requireInSession();
        agenda.requireItem(command.itemId());
        requirePresent(command.memberId());
        apply(new MemberArrivedLate(state.meetingId(), command.memberId(), command.itemId()));
        return Versions.current();
    }

    @CommandHandler
    long handle(RecordEarlyDeparture command) {
        state.requireInSession();
        agenda.requireItem(command.itemId());
        requirePresent(command.memberId());
        if (left.contains(command.memberId())) {
            throw RuleViolation.conflict("member-already-left", command.memberId() + " has already left the meeting");
        }
        apply(new MemberLeftEarly(state.meetingId(), command.memberId(), command.itemId()));
        return Versions.current();
    }

    /** Present as a member or as a substitute: who may declare, move and vote. */
    public boolean isPresent(Person person) {
        return present.contains(key(person)) || substituteFor.containsKey(key(person));
    }

    private void requirePresent(String memberId) {
        String key = "id:" + memberId;
        if (!present.contains(key) && !substituteFor.containsKey(key)) {
            throw RuleViolation.conflict("member-not-present", memberId + " is not recorded as present");
        }
    }

    private void requireNotYetRecorded(Person person) {
        String key = key(person);
        if (present.contains(key) || substituteFor.containsKey(key) || inAttendance.contains(key)) {
            throw RuleViolation.conflict("attendance-already-recorded",
                    person.name() + " is already recorded as attending");
        }
    }

    private static RuleViolation presentAndAbsent(Person member) {
        return RuleViolation.conflict("present-and-absent",
                member.name() + " cannot be both present and absent with apologies");
    }

    /** People are matched by id; without one (a member of the public), by the name as written. */
    private static String key(Person person) {
        return person.id() != null ? "id:" + person.id() : "name:" + person.name().toLowerCase(Locale.ROOT);
    }

    @EventSourcingHandler
    void on(MemberAttended event) {
        present.add(key(event.member()));
    }

    @EventSourcingHandler
    void on(ApologyRecorded event) {
        apologies.add(key(event.member()));
    }

    @EventSourcingHandler
    void on(SubstituteRecorded event) {
        substituteFor.put(key(event.substitute()), event.forMemberId());
    }

    @EventSourcingHandler
    void on(OfficerAttended event) {
        inAttendance.add(key(event.officer()));
    }

    @EventSourcingHandler
    void on(GuestAttended event) {
        inAttendance.add(key(event.guest()));
    }

    @EventSourcingHandler
    void on(MemberLeftEarly event) {
        left.add(event.memberId());
    }
}
