package org.minutebook.query.attendance;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.ProjectionVersions;
import org.minutebook.query.platform.Rows;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.mongodb.client.model.Filters.eq;

/** Attendance at a meeting; a member's attendance across meetings, with the rate councils publish. */
@RestController
class AttendanceController {

    private static final List<String> CAPACITIES = List.of("PRESENT", "APOLOGIES", "SUBSTITUTE", "OFFICER", "OTHER");

    private final MongoCollection<Document> attendance;
    private final MongoCollection<Document> meetings;
    private final MongoCollection<Document> committees;
    private final ProjectionVersions versions;

    AttendanceController(MongoDatabase readModels, ProjectionVersions versions) {
        this.attendance = readModels.getCollection(AttendanceProjection.NAME);
        this.meetings = readModels.getCollection("meetings");
        this.committees = readModels.getCollection("committees");
        this.versions = versions;
    }

    @GetMapping("/api/meetings/{meetingId}/attendance")
    Map<String, List<Document>> ofMeeting(@PathVariable String meetingId,
                                          @RequestParam(required = false) Long minVersion) {
        versions.await(AttendanceProjection.NAME, meetingId, minVersion);
        Map<String, List<Document>> byCapacity = new LinkedHashMap<>();
        CAPACITIES.forEach(capacity -> byCapacity.put(capacity.toLowerCase(), Rows.of(attendance
                .find(Filters.and(eq("meetingId", meetingId), eq("attendedAs", capacity)))
                .sort(Sorts.ascending("_id")))));
        return byCapacity;
    }

    /**
     * A member's attendance in a period. Expected: the meetings held of the committees they served on that day,
     * and any they attended as a substitute; attended: present as member or substitute.
     */
    @GetMapping("/api/members/{memberId}/attendance")
    Document ofMember(@PathVariable String memberId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<Document> rows = Rows.of(attendance.find(Criteria.where().eq("person.id", memberId)
                .period("meetingDate", from, to).build()).sort(Sorts.ascending("meetingDate", "_id")));
        Set<String> expected = new LinkedHashSet<>(meetingsServedOn(memberId, from, to));
        Set<String> attended = new LinkedHashSet<>();
        int apologies = 0;
        for (Document row : rows) {
            String attendedAs = row.getString("attendedAs");
            if (attendedAs.equals("PRESENT") || attendedAs.equals("SUBSTITUTE")) {
                attended.add(row.getString("meetingId"));
                expected.add(row.getString("meetingId"));
            } else if (attendedAs.equals("APOLOGIES")) {
                apologies++;
                expected.add(row.getString("meetingId"));
            }
        }
        return new Document("memberId", memberId)
                .append("from", from == null ? null : from.toString())
                .append("to", to == null ? null : to.toString())
                .append("expected", expected.size())
                .append("attended", attended.size())
                .append("apologies", apologies)
                .append("rate", expected.isEmpty() ? null : (double) attended.size() / expected.size())
                .append("meetings", rows);
    }

    private Set<String> meetingsServedOn(String memberId, LocalDate from, LocalDate to) {
        Set<String> served = new LinkedHashSet<>();
        for (Document committee : committees.find(eq("members.member.id", memberId))) {
            List<Document> memberships = committee.getList("members", Document.class).stream()
                    .filter(member -> memberId.equals(member.get("member", Document.class).getString("id")))
                    .toList();
            for (Document meeting : meetings.find(Criteria.where().eq("committeeId", committee.getString("_id"))
                    .period("date", from, to).and(Filters.in("status", "OPEN", "ADJOURNED", "CLOSED")).build())) {
                String date = meeting.getString("date");
                boolean serving = memberships.stream().anyMatch(member -> member.getString("from").compareTo(date) <= 0
                        && (member.getString("until") == null || member.getString("until").compareTo(date) >= 0));
                if (serving) {
                    served.add(meeting.getString("meetingId"));
                }
            }
        }
        return served;
    }
}
