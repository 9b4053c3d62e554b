package org.minutebook.query.pages;

import io.swagger.v3.oas.annotations.Hidden;
import org.minutebook.query.minutes.PrintableMinutes;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.VisibleRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A meeting's pages: its agenda with the documents, and its minutes (marked draft or confirmed), both from the
 * meeting's record as the caller may read it ({@link VisibleRecords}: exempt items by number and paragraph only,
 * for the public) and worded by {@link PrintableMinutes}, as the printable minutes are.
 */
@Hidden // pages and feeds, not the JSON API that /v3/api-docs describes
@Controller
class MeetingPages {

    private final VisibleRecords records;

    MeetingPages(VisibleRecords records) {
        this.records = records;
    }

    @GetMapping("/meetings/{meetingId}")
    String agenda(@PathVariable String meetingId, Model model) {
        model.addAttribute("m", minutes(meetingId));
        return "pages/meeting";
    }

    @GetMapping("/meetings/{meetingId}/minutes")
    String minutes(@PathVariable String meetingId, Model model) {
        model.addAttribute("m", minutes(meetingId));
        return "pages/minutes";
    }

    private PrintableMinutes minutes(String meetingId) {
        MeetingRecord record = records.find(meetingId, null, "meetings").orElseThrow(() -> new NotFound(
                "No meeting " + meetingId + " is recorded (or it is not projected yet)"));
        return new PrintableMinutes(record);
    }
}
