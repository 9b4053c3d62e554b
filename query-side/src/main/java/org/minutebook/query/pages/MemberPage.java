package org.minutebook.query.pages;

import io.swagger.v3.oas.annotations.Hidden;
import org.minutebook.query.attendance.MemberAttendance;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/** A member's attendance in ModernGov's terms, with a chart of it year by year, and their declarations. */
@Hidden // pages and feeds, not the JSON API that /v3/api-docs describes
@Controller
class MemberPage {

    private final MemberAttendance members;

    MemberPage(MemberAttendance members) {
        this.members = members;
    }

    @GetMapping("/members/{memberId}")
    String member(@PathVariable String memberId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  Model model) {
        model.addAttribute("memberId", memberId);
        model.addAttribute("attendance", new AttendanceRecord(members.of(memberId, from, to)));
        return "pages/member";
    }
}
