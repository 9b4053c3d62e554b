package org.minutebook.query.pages;

import io.swagger.v3.oas.annotations.Hidden;
import org.minutebook.query.interests.Registers;
import org.minutebook.query.matters.MatterPaths;
import org.minutebook.query.platform.Readers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The records kept between meetings, as public pages: a member's register of interests as it stood on a day (a
 * sensitive interest's details withheld), and a matter's path across meetings with what is due and overdue.
 */
@Hidden // pages and feeds, not the JSON API that /v3/api-docs describes
@Controller
class InterestsAndMattersPages {

    private static final ZoneId COUNCIL_DAYS = ZoneId.of("Europe/London");

    private final Registers registers;
    private final MatterPaths matters;

    InterestsAndMattersPages(Registers registers, MatterPaths matters) {
        this.registers = registers;
        this.matters = matters;
    }

    @GetMapping("/registers-of-interests/{registerId}")
    String register(@PathVariable String registerId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    Model model) {
        model.addAttribute("register", registers.asItStood(registerId, on == null ? LocalDate.now(COUNCIL_DAYS) : on,
                null, null, Readers.readExemptBusiness()));
        return "pages/register-of-interests";
    }

    @GetMapping("/matters/{matterId}")
    String matter(@PathVariable String matterId, Model model) {
        model.addAttribute("matter", matters.of(matterId, null, LocalDate.now(COUNCIL_DAYS)));
        return "pages/matter";
    }
}
