package org.minutebook.query.interests;

import org.minutebook.query.platform.Readers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The registers of interests: a register as it stood on a day (today unless asked), a member's registers, a
 * meeting's declarations beside its members' registers, and, for auditors only, the interests not declared.
 */
@RestController
class InterestsController {

    private final Registers registers;
    private final InterestsAtMeetings atMeetings;

    InterestsController(Registers registers, InterestsAtMeetings atMeetings) {
        this.registers = registers;
        this.atMeetings = atMeetings;
    }

    @GetMapping("/api/registers-of-interests/{registerId}")
    RegisterAsItStood register(@PathVariable String registerId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                               @RequestParam(required = false) Instant asOf,
                               @RequestParam(required = false) Long minVersion) {
        return registers.asItStood(registerId, on == null ? today() : on, asOf, minVersion,
                Readers.readExemptBusiness());
    }

    @GetMapping("/api/members/{memberId}/interests")
    List<RegisterAsItStood> ofMember(@PathVariable String memberId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate on) {
        LocalDate day = on == null ? today() : on;
        return registers.ofMember(memberId).stream()
                .map(register -> RegisterAsItStood.of(register, day, null, Readers.readExemptBusiness())).toList();
    }

    @GetMapping("/api/meetings/{meetingId}/interests")
    MeetingInterests ofMeeting(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion) {
        return atMeetings.beside(meetingId, minVersion);
    }

    @GetMapping("/api/meetings/{meetingId}/undeclared-interests")
    List<MeetingInterests.UndeclaredInterest> undeclared(@PathVariable String meetingId) {
        return atMeetings.undeclared(meetingId);
    }

    private static LocalDate today() {
        return LocalDate.now(RegisterAsItStood.COUNCIL_DAYS);
    }
}
