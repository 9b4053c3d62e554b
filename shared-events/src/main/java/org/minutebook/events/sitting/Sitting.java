package org.minutebook.events.sitting;

import org.minutebook.events.Person;
import org.minutebook.events.attendance.AttendanceMode;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.Vote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The meeting item by item: who presides and who is present in law at each item of the agenda, taken in agenda
 * order whatever order the facts were recorded in (minutes are drafted afterwards, in any order). The one
 * definition for the rules of the record (the command side) and for the printed minutes and pages (the query side),
 * as {@link Person#sameAs} is of the same person; a pure function of the record's facts.
 * <ul>
 *   <li><b>Presiding</b> at an item: whoever took the chair from the latest item not after it ("Councillor Kaufman
 *   took the chair from item 40"), else who opened the meeting in the chair. The casting vote, the signature of
 *   confirmed minutes and "the chair" in every rule are this person's (Local Government Act 1972, Sch. 12,
 *   para. 39).</li>
 *   <li><b>Present in law</b> at an item: on the PRESENT list as a member or substitute, in person (or remotely
 *   where the committee's standing orders count it), not arrived during a later item, not left during an earlier
 *   one, not out of the room for the item after declaring an interest; and whoever presides. Where the record has
 *   no PRESENT list (a page that names only a substitute), anyone not recorded absent with apologies.</li>
 *   <li><b>Barred from voting</b>: present, but having declared a disclosable pecuniary interest in the item (or an
 *   item it is part of) without a dispensation, or that they took no part in the vote.</li>
 *   <li><b>A lawful vote</b> at an item: each member voting for, against or abstaining present and not barred, no
 *   more votes than those entitled (where the record lists who was present), and a casting vote only by whoever
 *   presides.</li>
 * </ul>
 */
public final class Sitting {

    private final Facts facts;
    private final boolean remoteAttendanceCounts;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();

    private Sitting(Facts facts, List<AgendaOrder.Place> agenda, boolean remoteAttendanceCounts) {
        this.facts = facts;
        this.remoteAttendanceCounts = remoteAttendanceCounts;
        for (AgendaOrder.Place item : AgendaOrder.of(agenda, place -> place)) {
            positions.putIfAbsent(item.itemId(), positions.size());
            parents.put(item.itemId(), item.parentItemId());
        }
    }

    /** Whoever presides at the item, or null when the record does not state it. */
    public Person presiding(String itemId) {
        int at = position(itemId);
        Taking presiding = null;
        for (Taking taking : facts.takings) {
            int from = taking.fromItemId() == null ? -1 : position(taking.fromItemId());
            if (from <= at && (presiding == null || from >= presiding.from(this))) {
                presiding = taking;
            }
        }
        return presiding == null ? null : presiding.person();
    }

    /** Whether the person presides at the item. */
    public boolean presides(Person person, String itemId) {
        Person presiding = presiding(itemId);
        return presiding != null && presiding.sameAs(person);
    }

    /** Why the person is not present in law at the item; empty when they are. */
    public Optional<Absence> absence(Person person, String itemId) {
        if (presides(person, itemId)) {
            return Optional.empty();
        }
        Attending attending = facts.attending(person);
        if (attending == null) {
            if (anyIs(facts.apologies, person)) {
                return Optional.of(new Absence(Absence.Why.APOLOGISED, null));
            }
            if (hasPresentList()) {
                return Optional.of(new Absence(Absence.Why.NOT_RECORDED_PRESENT, null));
            }
        } else if (attending.mode() == AttendanceMode.IN_ATTENDANCE) {
            return Optional.of(new Absence(Absence.Why.IN_ATTENDANCE_ONLY, null));
        } else if (attending.mode() == AttendanceMode.REMOTE && !remoteAttendanceCounts) {
            return Optional.of(new Absence(Absence.Why.ATTENDING_REMOTELY, null));
        }
        int at = position(itemId);
        for (Movement movement : facts.movements) {
            if (movement.person().sameAs(person)) {
                int during = position(movement.itemId());
                if (movement.arrived() ? at < during : at > during) {
                    return Optional.of(new Absence(movement.arrived() ? Absence.Why.ARRIVED_LATER
                            : Absence.Why.LEFT_EARLIER, movement.itemId()));
                }
            }
        }
        return declaredFor(person, itemId).stream().filter(Declared::leftRoom).findFirst()
                .map(declared -> new Absence(Absence.Why.LEFT_THE_ROOM, declared.itemId()));
    }

    /** Why the person, present, may not vote at the item; empty when nothing bars them. */
    public Optional<Bar> bar(Person person, String itemId) {
        List<Declared> declared = declaredFor(person, itemId);
        return declared.stream()
                .filter(declaration -> declaration.category() == InterestCategory.DISCLOSABLE_PECUNIARY
                        && !declaration.dispensation())
                .findFirst().map(declaration -> new Bar(Bar.Why.INTEREST_WITHOUT_DISPENSATION, declaration.itemId()))
                .or(() -> declared.stream().filter(Declared::tookNoPartInVote).findFirst()
                        .map(declaration -> new Bar(Bar.Why.TOOK_NO_PART, declaration.itemId())));
    }

    /** Whether the record lists who was present: a member recorded present in person or remotely. */
    public boolean hasPresentList() {
        return facts.attending.stream().anyMatch(attending -> attending.member()
                && attending.mode() != AttendanceMode.IN_ATTENDANCE);
    }

    /**
     * The members present in law at the item, the person presiding among them: what the quorum counts. Empty when
     * the record has no PRESENT list, so that it cannot be counted.
     */
    public Optional<List<Person>> present(String itemId) {
        if (!hasPresentList()) {
            return Optional.empty();
        }
        List<Person> present = new ArrayList<>();
        for (Attending attending : facts.attending) {
            if (absence(attending.person(), itemId).isEmpty() && !anyIs(present, attending.person())) {
                present.add(attending.person());
            }
        }
        Person presiding = presiding(itemId);
        if (presiding != null && !anyIs(present, presiding)) {
            present.add(presiding);
        }
        return Optional.of(List.copyOf(present));
    }

    /** How many present may vote at the item: the present less those barred. Empty with no PRESENT list. */
    public OptionalInt entitledToVote(String itemId) {
        return present(itemId).map(present -> OptionalInt.of((int) present.stream()
                .filter(person -> bar(person, itemId).isEmpty()).count())).orElse(OptionalInt.empty());
    }

    /**
     * A vote at the item that is not lawful, in words ("Mr Bentley, recorded voting on item 40, left the meeting
     * earlier, during item 38"): the first of the votes recorded, or empty when every one is lawful. A fact that would
     * make a recorded vote unlawful contradicts the record.
     */
    public Optional<String> firstRecordedVoteNotLawful(Function<String, String> itemNamed) {
        for (Voting voting : facts.votings) {
            Optional<String> why = notLawful(voting.vote(), voting.itemId(), itemNamed);
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }

    private Optional<String> notLawful(Vote vote, String itemId, Function<String, String> itemNamed) {
        String item = itemNamed.apply(itemId);
        for (MemberVote cast : vote.memberVotes()) {
            if (cast.ballot() == null || !cast.ballot().voted()) {
                continue;
            }
            String voter = cast.member().asWritten() + ", recorded voting on " + item + ", ";
            Optional<String> why = absence(cast.member(), itemId).map(absence -> voter + absence.says(itemNamed))
                    .or(() -> bar(cast.member(), itemId).map(bar -> voter + bar.says(itemNamed)));
            if (why.isPresent()) {
                return why;
            }
        }
        OptionalInt entitled = entitledToVote(itemId);
        int cast = votesCast(vote);
        if (entitled.isPresent() && cast > entitled.getAsInt()) {
            return Optional.of(cast + " votes are recorded on " + item + ", where only " + entitled.getAsInt()
                    + " members were entitled to vote");
        }
        if (vote.castingVote() != null && !presides(vote.castingVote().member(), itemId)) {
            return Optional.of("The casting vote on " + item + " is recorded as " + vote.castingVote().member()
                    .asWritten() + "'s, who did not preside at it");
        }
        return Optional.empty();
    }

    /** The votes for, against and abstaining: the counts given, else the members' votes of each ballot. */
    public static int votesCast(Vote vote) {
        return cast(vote.votesFor(), vote, Ballot.FOR) + cast(vote.against(), vote, Ballot.AGAINST)
                + cast(vote.abstentions(), vote, Ballot.ABSTAIN);
    }

    private static int cast(Integer stated, Vote vote, Ballot ballot) {
        return stated != null ? stated
                : (int) vote.memberVotes().stream().filter(cast -> cast.ballot() == ballot).count();
    }

    /** The declarations the person made for the item or for an item it is part of. */
    private List<Declared> declaredFor(Person person, String itemId) {
        List<String> items = new ArrayList<>();
        for (String at = itemId; at != null && !items.contains(at); at = parents.get(at)) {
            items.add(at);
        }
        return facts.declarations.stream()
                .filter(declared -> declared.itemId() != null && items.contains(declared.itemId())
                        && declared.member().sameAs(person))
                .toList();
    }

    /** An item's place in agenda order; one the agenda does not hold comes after every item it does. */
    private int position(String itemId) {
        return itemId == null ? Integer.MAX_VALUE : positions.getOrDefault(itemId, Integer.MAX_VALUE);
    }

    private static boolean anyIs(List<Person> people, Person person) {
        return people.stream().anyMatch(person::sameAs);
    }

    /**
     * The facts of a meeting that say who presides and who is present, gathered in any order as the record is
     * read; {@link #inAgendaOrder} reads them item by item.
     */
    public static final class Facts {

        private final List<Taking> takings = new ArrayList<>();
        private final List<Attending> attending = new ArrayList<>();
        private final List<Person> apologies = new ArrayList<>();
        private final List<Movement> movements = new ArrayList<>();
        private final List<Declared> declarations = new ArrayList<>();
        private final List<Voting> votings = new ArrayList<>();

        /** The same facts, to which a fact not yet recorded may be added to see what it would change. */
        public Facts copy() {
            Facts copy = new Facts();
            copy.takings.addAll(takings);
            copy.attending.addAll(attending);
            copy.apologies.addAll(apologies);
            copy.movements.addAll(movements);
            copy.declarations.addAll(declarations);
            copy.votings.addAll(votings);
            return copy;
        }

        /** The meeting opened with {@code chair} in the chair (null: not stated). */
        public Facts opened(Person chair) {
            if (chair != null) {
                takings.add(0, new Taking(chair, null));
            }
            return this;
        }

        /** Someone took the chair from an item on (from the start when {@code fromItemId} is null). */
        public Facts chairTaken(Person person, String fromItemId) {
            takings.add(new Taking(person, fromItemId));
            return this;
        }

        /** A member attended, in person, remotely, or in attendance without being a member. */
        public Facts attended(Person member, AttendanceMode mode) {
            attending.add(new Attending(member, mode == null ? AttendanceMode.IN_PERSON : mode, true));
            return this;
        }

        /** A substitute attended in a member's place. */
        public Facts substituted(Person substitute, AttendanceMode mode) {
            attending.add(new Attending(substitute, mode == null ? AttendanceMode.IN_PERSON : mode, false));
            return this;
        }

        public Facts apologised(Person member) {
            apologies.add(member);
            return this;
        }

        /** A member arrived during an item. */
        public Facts arrived(Person member, String itemId) {
            movements.add(new Movement(member, itemId, true));
            return this;
        }

        /** A member left the meeting during an item. */
        public Facts left(Person member, String itemId) {
            movements.add(new Movement(member, itemId, false));
            return this;
        }

        /** A member declared an interest in an item (a general declaration, {@code itemId} null, bars nothing). */
        public Facts declared(Person member, String itemId, InterestCategory category, boolean leftRoom,
                              boolean tookNoPartInVote, String dispensation) {
            declarations.add(new Declared(member, itemId, category, leftRoom, tookNoPartInVote,
                    dispensation != null && !dispensation.isBlank()));
            return this;
        }

        /** A vote recorded at an item (on a motion, or an amendment to it). */
        public Facts voted(String itemId, Vote vote) {
            if (vote != null) {
                votings.add(new Voting(itemId, vote));
            }
            return this;
        }

        /**
         * The facts read item by item, in the order of the agenda's items ({@link AgendaOrder}), with remote
         * attendance present in law or not as the committee's standing orders say.
         */
        public Sitting inAgendaOrder(List<AgendaOrder.Place> agenda, boolean remoteAttendanceCounts) {
            return new Sitting(this, agenda, remoteAttendanceCounts);
        }

        private Attending attending(Person person) {
            return attending.stream().filter(attending -> attending.person().sameAs(person)).findFirst()
                    .orElse(null);
        }
    }

    private record Taking(Person person, String fromItemId) {

        int from(Sitting sitting) {
            return fromItemId == null ? -1 : sitting.position(fromItemId);
        }
    }

    private record Attending(Person person, AttendanceMode mode, boolean member) {
    }

    private record Movement(Person person, String itemId, boolean arrived) {
    }

    private record Voting(String itemId, Vote vote) {
    }

    private record Declared(Person member, String itemId, InterestCategory category, boolean leftRoom,
                            boolean tookNoPartInVote, boolean dispensation) {
    }
}
