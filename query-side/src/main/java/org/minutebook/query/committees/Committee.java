package org.minutebook.query.committees;

import org.minutebook.events.Person;
import org.minutebook.events.committees.CommitteeKind;
import org.minutebook.events.committees.CommitteeRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A committee as the committees read model holds it: its name now and its names over time, its council and kind,
 * and its members' roles and periods. {@code version}: the last of its events it holds;
 * {@code created} and {@code modified}: when its first and its last event were recorded.
 */
public record Committee(String committeeId, String name, String council, CommitteeKind kind, List<Name> names,
                        List<Membership> members, long version, Instant created, Instant modified) {

    public Committee {
        names = names == null ? List.of() : List.copyOf(names);
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** A name the committee had, from a day (null: from the start) until a day (null: still). */
    public record Name(String name, LocalDate from, LocalDate until) {
    }

    /**
     * A member's appointment, from a day (null: the page does not give it) until a day (null: still serving), in a
     * role (null: the page does not say).
     */
    public record Membership(Person member, CommitteeRole role, LocalDate from, LocalDate until) {

        boolean of(String memberId) {
            return member != null && memberId.equals(member.id());
        }
    }

    /** Whether the member served on the committee on that day. */
    public boolean served(String memberId, LocalDate day) {
        return members.stream().anyMatch(membership -> membership.of(memberId)
                && (membership.from() == null || !membership.from().isAfter(day))
                && (membership.until() == null || !membership.until().isBefore(day)));
    }

    static Committee registered(String committeeId) {
        return new Committee(committeeId, null, null, null, List.of(), List.of(), -1, null, null);
    }

    Committee named(String newName, String newCouncil, CommitteeKind newKind, long at) {
        return new Committee(committeeId, newName, newCouncil, newKind, List.of(new Name(newName, null, null)),
                members, at, created, modified);
    }

    Committee renamed(String newName, LocalDate from, long at) {
        List<Name> renamed = new ArrayList<>(names);
        if (!renamed.isEmpty()) {
            Name last = renamed.remove(renamed.size() - 1);
            renamed.add(new Name(last.name(), last.from(), from.minusDays(1)));
        }
        renamed.add(new Name(newName, from, null));
        return new Committee(committeeId, newName, council, kind, renamed, members, at, created, modified);
    }

    /** The committee as changed by an event recorded at that instant. */
    Committee recordedAt(Instant at) {
        return new Committee(committeeId, name, council, kind, names, members, version,
                created == null ? at : created, at);
    }

    Committee appointed(Person member, CommitteeRole role, LocalDate from, long at) {
        List<Membership> more = new ArrayList<>(members);
        more.add(new Membership(member, role, from, null));
        return new Committee(committeeId, name, council, kind, names, more, at, created, modified);
    }

    Committee ended(String memberId, LocalDate on, long at) {
        List<Membership> ended = members.stream().map(membership -> membership.of(memberId)
                && membership.until() == null ? new Membership(membership.member(), membership.role(),
                membership.from(), on) : membership).toList();
        return new Committee(committeeId, name, council, kind, names, ended, at, created, modified);
    }
}
