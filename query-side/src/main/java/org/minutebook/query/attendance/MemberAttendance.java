package org.minutebook.query.attendance;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Rows;
import org.minutebook.query.record.MeetingStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;

/** A member's attendance across meetings, with the rate councils publish: for the API and the public pages alike. */
@Component
public class MemberAttendance {

    /** A meeting that has sat: one a member was expected at. */
    private static final List<String> HELD = List.of(MeetingStatus.OPEN.name(), MeetingStatus.ADJOURNED.name(),
            MeetingStatus.CLOSED.name());

    private final MongoCollection<Document> attendance;
    private final MongoCollection<Document> meetings;
    private final MongoCollection<Document> committees;

    MemberAttendance(MongoDatabase readModels, AttendanceRegister register) {
        this.attendance = readModels.getCollection(register.name());
        this.meetings = readModels.getCollection("meetings");
        this.committees = readModels.getCollection("committees");
    }

    /**
     * What the record says of a member in a period.
     *
     * @param rows     the member's attendance rows, oldest meeting first
     * @param servedOn the meetings held on a day they served on the committee: meeting id to its date
     * @param titles   those meetings' titles, by meeting id
     */
    public record Attendance(String memberId, List<Document> rows, Map<String, LocalDate> servedOn,
                             Map<String, String> titles, AttendanceRate rate) {
    }

    public Attendance of(String memberId, LocalDate from, LocalDate to) {
        List<Document> rows = Rows.of(attendance.find(Criteria.where().eq("person.id", memberId)
                .period("meetingDate", from, to).build()).sort(Sorts.ascending("meetingDate", "meetingId", "order")));
        Map<String, LocalDate> servedOn = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        meetingsServedOn(memberId, from, to).forEach(meeting -> {
            servedOn.put(meeting.getString("meetingId"), LocalDate.parse(meeting.getString("date")));
            titles.put(meeting.getString("meetingId"), meeting.getString("title"));
        });
        return new Attendance(memberId, rows, servedOn, titles, AttendanceRate.of(rows, servedOn.keySet()));
    }

    /**
     * The meetings held of each committee the member was appointed to, on a day they served on it (a meeting
     * whose date is not stated cannot be placed in a membership, so is not counted).
     */
    private List<Document> meetingsServedOn(String memberId, LocalDate from, LocalDate to) {
        List<Document> served = new ArrayList<>();
        for (Document committee : committees.find(eq("members.member.id", memberId))) {
            List<Document> memberships = committee.getList("members", Document.class).stream()
                    .filter(member -> memberId.equals(member.get("member", Document.class).getString("id")))
                    .toList();
            for (Document meeting : meetings.find(Criteria.where().eq("committeeId", committee.getString("_id"))
                    .period("date", from, to).and(Filters.in("status", HELD)).build())) {
                String date = meeting.getString("date");
                boolean serving = date != null && memberships.stream().anyMatch(member ->
                        member.getString("from").compareTo(date) <= 0
                                && (member.getString("until") == null || member.getString("until").compareTo(date) >= 0));
                if (serving) {
                    served.add(meeting);
                }
            }
        }
        return served;
    }
}
