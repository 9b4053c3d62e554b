package org.minutebook.query.attendance;

import org.minutebook.query.committees.Committee;
import org.minutebook.query.committees.Committees;
import org.minutebook.query.meetings.MeetingRow;
import org.minutebook.query.meetings.Meetings;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.record.Listings;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A member's attendance across meetings, with the rate councils publish: for the API and the public pages alike. */
@Component
public class MemberAttendance {

    private final AttendanceRegister register;
    private final Listings listings;
    private final Committees committees;
    private final Meetings meetings;

    MemberAttendance(AttendanceRegister register, Listings listings, Committees committees, Meetings meetings) {
        this.register = register;
        this.listings = listings;
        this.committees = committees;
        this.meetings = meetings;
    }

    /**
     * What the record says of a member in a period.
     *
     * @param rate     the rate councils publish
     * @param rows     the member's attendance rows, oldest meeting first
     * @param servedOn the meetings held on a day they served on the committee: meeting id to its date
     * @param titles   those meetings' titles, by meeting id
     */
    public record Attendance(String memberId, LocalDate from, LocalDate to, AttendanceRate rate,
                             List<AttendanceRow> rows, Map<String, LocalDate> servedOn, Map<String, String> titles) {
    }

    /**
     * A member's attendance as the API answers it: the period, how many meetings were expected of them, attended
     * and sent apologies for, the rate (attended ÷ expected, null when none were expected), and their rows.
     */
    public record Answer(String memberId, LocalDate from, LocalDate to, int expected, int attended, int apologies,
                         Double rate, List<AttendanceRow> meetings) {

        static Answer of(Attendance attendance) {
            AttendanceRate rate = attendance.rate();
            return new Answer(attendance.memberId(), attendance.from(), attendance.to(), rate.expected(),
                    rate.attended(), rate.apologies(), rate.rate(), attendance.rows());
        }
    }

    public Attendance of(String memberId, LocalDate from, LocalDate to) {
        List<AttendanceRow> rows = listings.all(register, Criteria.where().eq("person.id", memberId)
                .period("meetingDate", from, to)).stream()
                .sorted(Comparator.comparing((AttendanceRow row) -> row.where().meetingDate(),
                                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(row -> row.where().meetingId()).thenComparing(row -> row.where().order()))
                .toList();
        Map<String, LocalDate> servedOn = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Committee committee : committees.ofMember(memberId)) {
            for (MeetingRow meeting : meetings.heldIn(committee.committeeId(), from, to)) {
                if (meeting.date() != null && committee.served(memberId, meeting.date())) {
                    servedOn.put(meeting.meetingId(), meeting.date());
                    titles.put(meeting.meetingId(), meeting.title());
                }
            }
        }
        return new Attendance(memberId, from, to, AttendanceRate.of(rows, servedOn.keySet()), rows, servedOn, titles);
    }
}
