package org.minutebook.query.oparl;

import org.minutebook.query.platform.NotFound;
import org.minutebook.query.platform.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The record as open data, in OParl 1.1 (docs/oparl.md): from {@code system} to every council, committee,
 * membership, person, meeting, agenda item, paper and file, each at the URL that is its id. Lists take OParl's
 * filters on the objects' times, {@code page} and {@code limit}.
 */
@RestController
@RequestMapping(OParlLinks.ROOT)
class OParlController {

    private final OParl oparl;
    private final OParlLinks links;

    OParlController(OParl oparl, OParlLinks links) {
        this.oparl = oparl;
        this.links = links;
    }

    /**
     * An OParl list's filters and paging, as its query parameters name them (OParl's names, hence the underscores):
     * each time a date-time with its offset, {@code page} from 1, {@code limit} at most 200.
     */
    record ListQuery(String created_since, String created_until, String modified_since, String modified_until,
                     Integer page, Integer limit) {

        TimeFilters filters() {
            return TimeFilters.of(created_since, created_until, modified_since, modified_until);
        }

        Paging paging() {
            return OParlPages.paging(page == null ? 1 : page, limit == null ? OParlPages.DEFAULT_LIMIT : limit);
        }
    }

    @GetMapping("/system")
    OParlSystem system() {
        return oparl.system();
    }

    @GetMapping("/bodies")
    OParlList<OParlBody> bodies(@ParameterObject ListQuery query) {
        TimeFilters filters = query.filters();
        return OParlPages.list(links.bodies(), filters, oparl.bodies().stream()
                .filter(body -> filters.admits(body.created(), body.modified())).toList(), query.paging());
    }

    @GetMapping("/bodies/{bodyId}")
    OParlBody body(@PathVariable String bodyId) {
        return oparl.body(bodyId);
    }

    @GetMapping("/bodies/{bodyId}/organizations")
    OParlList<OParlOrganization> organizations(@PathVariable String bodyId, @ParameterObject ListQuery query) {
        TimeFilters filters = query.filters();
        return OParlPages.list(links.bodyList(bodyId, "organizations"), filters, oparl.organizations(bodyId)
                .stream().filter(organization -> filters.admits(organization.created(), organization.modified()))
                .toList(), query.paging());
    }

    @GetMapping("/bodies/{bodyId}/people")
    OParlList<OParlPerson> people(@PathVariable String bodyId, @ParameterObject ListQuery query) {
        Paging.Page<OParlPerson> page = oparl.people(bodyId, query.filters(), query.paging());
        return OParlPages.list(links.bodyList(bodyId, "people"), query.filters(), page, page.items());
    }

    @GetMapping("/bodies/{bodyId}/meetings")
    OParlList<OParlMeeting> meetings(@PathVariable String bodyId, @ParameterObject ListQuery query) {
        return meetings(links.bodyList(bodyId, "meetings"), oparl.committeesOf(bodyId), query);
    }

    @GetMapping("/bodies/{bodyId}/papers")
    OParlList<OParlPaper> papers(@PathVariable String bodyId, @ParameterObject ListQuery query) {
        return listed(links.bodyList(bodyId, "papers"), Listed.PAPER, oparl.committeesOf(bodyId), query,
                row -> objects -> objects.paper(row.paper()));
    }

    @GetMapping("/organizations/{committeeId}")
    OParlOrganization organization(@PathVariable String committeeId) {
        return oparl.organization(committeeId);
    }

    @GetMapping("/organizations/{committeeId}/meetings")
    OParlList<OParlMeeting> organizationMeetings(@PathVariable String committeeId, @ParameterObject ListQuery query) {
        return meetings(links.organizationMeetings(committeeId), oparl.committee(committeeId), query);
    }

    @GetMapping("/memberships/{committeeId}/{number}")
    OParlMembership membership(@PathVariable String committeeId, @PathVariable int number) {
        return oparl.membership(committeeId, number);
    }

    @GetMapping("/people/{bodyId}/{person}")
    OParlPerson person(@PathVariable String bodyId, @PathVariable String person) {
        return oparl.person(bodyId, person);
    }

    @GetMapping("/meetings/{meetingId}")
    OParlMeeting meeting(@PathVariable String meetingId) {
        return oparl.meetingOrNotFound(meetingId).meeting();
    }

    @GetMapping("/meetings/{meetingId}/location")
    OParlLocation location(@PathVariable String meetingId) {
        OParlLocation location = oparl.meetingOrNotFound(meetingId).location();
        if (location == null) {
            throw new NotFound("Meeting " + meetingId + " states no venue");
        }
        return location;
    }

    @GetMapping("/meetings/{meetingId}/items/{itemId}")
    OParlAgendaItem agendaItem(@PathVariable String meetingId, @PathVariable String itemId) {
        return oparl.meetingOrNotFound(meetingId).item(itemId)
                .orElseThrow(() -> new NotFound("Meeting " + meetingId + " has no item " + itemId));
    }

    @GetMapping("/papers/{meetingId}/{paper}")
    OParlPaper paper(@PathVariable String meetingId, @PathVariable String paper) {
        return oparl.meetingOrNotFound(meetingId).paper(paper)
                .orElseThrow(() -> new NotFound("Meeting " + meetingId + " has no paper " + paper));
    }

    @GetMapping("/files/{meetingId}/{file}")
    OParlFile file(@PathVariable String meetingId, @PathVariable String file) {
        return oparl.meetingOrNotFound(meetingId).file(file)
                .orElseThrow(() -> new NotFound("Meeting " + meetingId + " has no file " + file));
    }

    private OParlList<OParlMeeting> meetings(String url, List<String> committeeIds, ListQuery query) {
        return listed(url, Listed.MEETING, committeeIds, query, row -> objects -> Optional.of(objects.meeting()));
    }

    private <T> OParlList<T> listed(String url, String kind, List<String> committeeIds, ListQuery query,
                                    Function<Listed, Function<MeetingObjects, Optional<T>>> object) {
        TimeFilters filters = query.filters();
        Paging.Page<Listed> rows = oparl.listed(kind, committeeIds, filters, query.paging());
        return OParlPages.list(url, filters, rows, oparl.objectsOf(rows.items(), object));
    }
}
