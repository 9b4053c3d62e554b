package org.minutebook.command.committees;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.command.platform.ForCouncil;
import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.committees.CommitteeRenamed;
import org.minutebook.events.committees.MemberAppointed;
import org.minutebook.events.committees.MembershipEnded;
import org.minutebook.events.committees.QuorumFixed;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import static org.minutebook.command.kernel.WrittenTimes.written;

/** A committee: its names over time, who served on it, in which role, when, and its quorum. */
@Aggregate(cache = "committeeCache")
class Committee {

    @AggregateIdentifier
    private String committeeId;
    private CommitteeRegistered registered;
    private String name;
    private LocalDate renamedFrom;
    private final List<Membership> memberships = new ArrayList<>();
    private final List<QuorumFixed> quorums = new ArrayList<>();

    protected Committee() {
        // rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterCommittee command) {
        CommitteeRegistered requested = new CommitteeRegistered(command.committeeId(), command.name(),
                command.council(), command.kind(), command.timeZone());
        if (registered == null) {
            apply(requested);
        } else if (!registered.equals(requested)) {
            throw CommitteeRules.COMMITTEE_ALREADY_REGISTERED.broken("Committee " + command.committeeId()
                    + " is already registered with other details");
        }
    }

    @CommandHandler
    void handle(RenameCommittee command) {
        if (renamedFrom != null && !command.effectiveFrom().isAfter(renamedFrom)) {
            throw CommitteeRules.RENAME_NOT_AFTER_PREVIOUS.broken("The committee was already renamed from "
                    + written(renamedFrom) + "; a new name must take effect later")
                    .at("effectiveFrom");
        }
        if (command.name().equals(name)) {
            throw CommitteeRules.NAME_UNCHANGED.broken("The committee is already named " + name).at("name");
        }
        apply(new CommitteeRenamed(committeeId, command.name(), command.effectiveFrom()));
    }

    @CommandHandler
    void handle(AppointMember command) {
        if (command.member().id() == null) {
            throw CommitteeRules.MEMBER_NEEDS_NAME.broken("A committee member is appointed by name: give the name"
                    + " the minutes list them by").at("member.name");
        }
        if (isMemberOn(command.member().id(), command.from())) {
            throw CommitteeRules.MEMBER_ALREADY_APPOINTED.broken(command.member().asWritten()
                    + " already serves on the committee" + (command.from() == null ? "" : " on " + command.from()))
                    .at("member");
        }
        apply(new MemberAppointed(committeeId, command.member(), command.role(), command.from()));
    }

    @CommandHandler
    void handle(EndMembership command) {
        Membership current = memberships.stream()
                .filter(membership -> membership.memberId().equals(command.memberId()) && membership.until() == null)
                .findFirst()
                .orElseThrow(() -> CommitteeRules.NOT_A_MEMBER.broken(command.memberId()
                        + " does not serve on the committee").at("memberId"));
        if (current.from() != null && command.on().isBefore(current.from())) {
            throw CommitteeRules.MEMBERSHIP_ENDS_BEFORE_IT_STARTS.broken("The membership began on "
                    + written(current.from()) + ", after " + written(command.on())).at("on");
        }
        apply(new MembershipEnded(committeeId, command.memberId(), command.on()));
    }

    /** Every command to the committee is its council's: checked from the committee as loaded. */
    @CommandHandlerInterceptor
    void withinCouncilScope(Object command, CouncilScope councils) {
        councils.requireServedCouncil(registered != null ? registered.council() : ((ForCouncil) command).council());
    }

    /** The quorum as its standing orders fix it: a number of members, or a share of them with a floor. */
    @CommandHandler
    void handle(FixQuorum command) {
        if (command.members() == null && command.divisor() == null) {
            throw CommitteeRules.QUORUM_UNSTATED.broken("A quorum is a number of members, or one part in a divisor of"
                    + " the members serving: give members or divisor").at("members");
        }
        if (command.members() != null && (command.divisor() != null || command.atLeast() != null)) {
            throw CommitteeRules.QUORUM_STATED_TWICE.broken("A quorum of " + command.members() + " members is a"
                    + " number, not a share with a floor: give members, or divisor and atLeast")
                    .at(command.divisor() != null ? "divisor" : "atLeast");
        }
        apply(new QuorumFixed(committeeId, command.members(), command.divisor(), command.atLeast(),
                command.whenInquorate(), command.remoteAttendanceCounts(), command.standingOrder(), command.from()));
    }

    /** The quorum fixed last before (or on) the day, reckoned on the members serving that day. */
    Optional<Quorum> quorumOn(LocalDate date) {
        return quorums.stream()
                .filter(quorum -> date == null || !quorum.from().isAfter(date))
                .reduce((earlier, later) -> later.from().isBefore(earlier.from()) ? earlier : later)
                .map(quorum -> new Quorum(quorum.quorumOf(servingOn(date)).stream().boxed().findFirst().orElse(null),
                        quorum.whenInquorate(), quorum.remoteAttendanceCounts()));
    }

    private int servingOn(LocalDate date) {
        return (int) memberships.stream()
                .filter(membership -> date == null ? membership.until() == null
                        : membership.covers(membership.memberId(), date))
                .count();
    }

    ZoneId timeZone() {
        return ZoneId.of(registered.timeZone());
    }

    /** The council named when the committee was registered; null when its registration names none. */
    String council() {
        return registered.council();
    }

    boolean isMemberOn(String memberId, LocalDate date) {
        return memberships.stream().anyMatch(membership -> membership.covers(memberId, date));
    }

    @EventSourcingHandler
    void on(CommitteeRegistered event) {
        committeeId = event.committeeId();
        registered = event;
        name = event.name();
    }

    @EventSourcingHandler
    void on(CommitteeRenamed event) {
        name = event.name();
        renamedFrom = event.effectiveFrom();
    }

    @EventSourcingHandler
    void on(MemberAppointed event) {
        memberships.add(new Membership(event.member().id(), event.from(), null));
    }

    @EventSourcingHandler
    void on(MembershipEnded event) {
        memberships.replaceAll(membership -> membership.memberId().equals(event.memberId()) && membership.until() == null
                ? new Membership(membership.memberId(), membership.from(), event.on())
                : membership);
    }

    @EventSourcingHandler
    void on(QuorumFixed event) {
        quorums.add(event);
    }

    /** A membership whose first day the page does not give covers every day until it ends. */
    private record Membership(String memberId, LocalDate from, LocalDate until) {

        /** Whether it covers the day; on no day given, whether it has not ended. */
        boolean covers(String member, LocalDate date) {
            if (!memberId.equals(member)) {
                return false;
            }
            if (date == null) {
                return until == null;
            }
            return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
        }
    }
}
