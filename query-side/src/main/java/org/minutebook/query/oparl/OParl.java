package org.minutebook.query.oparl;

import org.minutebook.events.Person;
import org.minutebook.query.committees.Committee;
import org.minutebook.query.committees.Committees;
import org.minutebook.query.decisions.Decisions;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.Listings;
import org.minutebook.query.record.MeetingRecords;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The record as OParl 1.1 objects: the councils ({@code Body}), their committees ({@code Organization}) and
 * memberships, the people named, the meetings with their agenda items, papers and files. Everything is read as the
 * public reads it: a meeting's record as its public answer was rendered at its version, its objects listed from
 * the meetings' listings (each a bounded page, filtered on stored times), the people from their own read model,
 * the committees from theirs.
 */
@Component
class OParl {

    /** The name of the body of the committees registered without a council. */
    private static final String NOT_STATED = "Council not stated";

    private final OParlLinks links;
    private final Committees committees;
    private final MeetingRecords records;
    private final Decisions decisions;
    private final Listings listings;
    private final OParlRegister register;
    private final OParlPeople people;

    OParl(OParlLinks links, Committees committees, MeetingRecords records, Decisions decisions, Listings listings,
          OParlRegister register, OParlPeople people) {
        this.links = links;
        this.committees = committees;
        this.records = records;
        this.decisions = decisions;
        this.listings = listings;
        this.register = register;
        this.people = people;
    }

    OParlSystem system() {
        return new OParlSystem(links.system(), OParlType.SYSTEM.url(), OParlType.VERSION, "minutebook",
                links.bodies(), links.site(), null, links.site());
    }

    // --- councils, committees, memberships -------------------------------------------------------------------------

    /** The councils, by name (a handful: read whole, then paged); the committees without one last. */
    List<OParlBody> bodies() {
        return committees.councils().stream().sorted(Comparator.nullsLast(Comparator.naturalOrder()))
                .map(this::bodyOf).toList();
    }

    OParlBody body(String bodyId) {
        return council(bodyId).map(council -> bodyOf(council.name()))
                .orElseThrow(() -> new NotFound("No council " + bodyId + " is recorded"));
    }

    private OParlBody bodyOf(String council) {
        String bodyId = OParlLinks.bodyId(council);
        List<Committee> itsCommittees = committees.ofCouncil(council);
        return new OParlBody(links.body(bodyId), OParlType.BODY.url(), links.system(),
                council == null ? NOT_STATED : council,
                links.bodyList(bodyId, "organizations"), links.bodyList(bodyId, "people"),
                links.bodyList(bodyId, "meetings"), links.bodyList(bodyId, "papers"), List.of(), "council",
                links.site(), earliest(itsCommittees, Committee::created), latest(itsCommittees, Committee::modified));
    }

    /** A council as its committees were registered under it: no name for the committees registered without one. */
    private record Council(String name) {
    }

    /** The council a body is of; empty when none is recorded. */
    private Optional<Council> council(String bodyId) {
        return committees.councils().stream().filter(council -> OParlLinks.bodyId(council).equals(bodyId))
                .map(Council::new).findFirst();
    }

    /** The council of a body (null: the committees registered without one); {@code NotFound} when none is. */
    private String councilOf(String bodyId) {
        return council(bodyId).orElseThrow(() -> new NotFound("No council " + bodyId + " is recorded")).name();
    }

    private static String earliest(List<Committee> committees, Function<Committee, Instant> time) {
        return committees.stream().map(time).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .map(OParlTime::recorded).orElse(null);
    }

    private static String latest(List<Committee> committees, Function<Committee, Instant> time) {
        return committees.stream().map(time).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(OParlTime::recorded).orElse(null);
    }

    /** A council's committees, by name (tens at most: read whole, filtered on their times, then paged). */
    List<OParlOrganization> organizations(String bodyId) {
        return committees.ofCouncil(councilOf(bodyId)).stream().map(this::organization).toList();
    }

    OParlOrganization organization(String committeeId) {
        return organization(committees.one(committeeId));
    }

    private OParlOrganization organization(Committee committee) {
        List<String> memberships = new ArrayList<>();
        for (int i = 0; i < committee.members().size(); i++) {
            memberships.add(links.membership(committee.committeeId(), i));
        }
        return new OParlOrganization(links.organization(committee.committeeId()), OParlType.ORGANIZATION.url(),
                links.body(OParlLinks.bodyId(committee.council())), committee.name(), memberships,
                links.organizationMeetings(committee.committeeId()), "committee",
                committee.kind() == null ? null : committee.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                links.committeePage(committee.committeeId()), OParlTime.recorded(committee.created()),
                OParlTime.recorded(committee.modified()));
    }

    OParlMembership membership(String committeeId, int number) {
        Committee committee = committees.one(committeeId);
        if (number < 0 || number >= committee.members().size()) {
            throw new NotFound("Committee " + committeeId + " has no membership " + number);
        }
        return membership(committee, number);
    }

    private OParlMembership membership(Committee committee, int number) {
        Committee.Membership membership = committee.members().get(number);
        String identity = membership.member() == null ? null : membership.member().identity();
        return new OParlMembership(links.membership(committee.committeeId(), number), OParlType.MEMBERSHIP.url(),
                identity == null ? null : links.person(OParlLinks.bodyId(committee.council()), identity),
                links.organization(committee.committeeId()),
                membership.role() == null ? null : membership.role().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                membership.from() == null ? null : membership.from().toString(),
                membership.until() == null ? null : membership.until().toString());
    }

    // --- people ----------------------------------------------------------------------------------------------------

    Paging.Page<OParlPerson> people(String bodyId, TimeFilters filters, Paging paging) {
        List<String> committeeIds = committeesOf(bodyId);
        Paging.Page<String> page = people.page(committeeIds, filters, paging);
        return new Paging.Page<>(page.items().stream().map(identity -> people.find(committeeIds, identity))
                .flatMap(Optional::stream).map(stored -> person(bodyId, stored)).toList(), page.page(), page.limit(),
                page.nextPage());
    }

    OParlPerson person(String bodyId, String segment) {
        String identity = OParlLinks.identityOf(segment);
        List<String> committeeIds = committeesOf(bodyId);
        return Optional.ofNullable(identity).flatMap(key -> people.find(committeeIds, key))
                .map(stored -> person(bodyId, stored))
                .orElseThrow(() -> new NotFound("No person " + segment + " is named in the record of " + bodyId));
    }

    private OParlPerson person(String bodyId, OParlPeople.Stored stored) {
        String id = links.person(bodyId, stored.identity());
        if (stored.deleted()) {
            return new OParlPerson(id, OParlType.PERSON.url(), null, null, null, null, stored.created(),
                    stored.modified(), true);
        }
        Person person = stored.person();
        List<OParlMembership> memberships = new ArrayList<>();
        if (person.id() != null) {
            for (Committee committee : committees.ofMember(person.id())) {
                if (OParlLinks.bodyId(committee.council()).equals(bodyId)) {
                    for (int i = 0; i < committee.members().size(); i++) {
                        Person member = committee.members().get(i).member();
                        if (member != null && person.id().equals(member.id())) {
                            memberships.add(membership(committee, i));
                        }
                    }
                }
            }
        }
        return new OParlPerson(id, OParlType.PERSON.url(), links.body(bodyId),
                person.name() != null ? person.name() : person.role(), person.role(),
                memberships.isEmpty() ? null : memberships, stored.created(), stored.modified(), null);
    }

    // --- meetings, their items, papers and files -------------------------------------------------------------------

    /** A page of the council's (or one committee's) meetings or papers, newest meetings first. */
    Paging.Page<Listed> listed(String kind, List<String> committeeIds, TimeFilters filters, Paging paging) {
        return listings.page(register, filters.applyTo(Criteria.where().in("committeeId", committeeIds)
                .eq("kind", kind)), Listings.NEWEST_FIRST, paging);
    }

    /** The committees of a council, by id. */
    List<String> committeesOf(String bodyId) {
        return committees.ofCouncil(councilOf(bodyId)).stream().map(Committee::committeeId).toList();
    }

    /** The committee, by id, as a list of one (it must be recorded). */
    List<String> committee(String committeeId) {
        return List.of(committees.one(committeeId).committeeId());
    }

    /** The objects of a meeting, as the public reads it; empty when nothing of it is projected. */
    Optional<MeetingObjects> meeting(String meetingId) {
        return records.published(meetingId).map(record -> {
            Optional<Committee> committee = committees.find(record.committeeId());
            return new MeetingObjects(record, OParlLinks.bodyId(committee.map(Committee::council).orElse(null)),
                    OParlPeople.members(committee), decisions.of(record), links);
        });
    }

    MeetingObjects meetingOrNotFound(String meetingId) {
        return meeting(meetingId).orElseThrow(() -> new NotFound("No meeting " + meetingId
                + " is recorded (or it is not projected yet)"));
    }

    /** The listed objects of a page, each read from its meeting's record (a meeting read once a page). */
    <T> List<T> objectsOf(List<Listed> rows, Function<Listed, Function<MeetingObjects, Optional<T>>> object) {
        Map<String, Optional<MeetingObjects>> meetings = new HashMap<>();
        List<T> objects = new ArrayList<>();
        for (Listed row : rows) {
            meetings.computeIfAbsent(row.meetingId(), this::meeting)
                    .flatMap(objectsOfMeeting -> object.apply(row).apply(objectsOfMeeting)).ifPresent(objects::add);
        }
        return objects;
    }
}
