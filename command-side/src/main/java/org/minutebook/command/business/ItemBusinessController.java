package org.minutebook.command.business;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The business of a meeting's items, over HTTP. */
@RestController
@RequestMapping("/api/meetings")
class ItemBusinessController {

    private final CommandDispatch dispatch;

    ItemBusinessController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping("/{meetingId}/items/{itemId}/announcements")
    ResponseEntity<String> announcement(@CommandBody MakeChairsAnnouncement command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/petitions")
    ResponseEntity<String> petition(@CommandBody ReceivePetition command) {
        return dispatch.meetingFact(command, command.meetingId(), command.petitionId(), HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-petitions")
    ResponseEntity<String> noPetitions(@CommandBody RecordNoPetitions command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/reports")
    ResponseEntity<String> report(@CommandBody RecordReportConsidered command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/minute")
    ResponseEntity<String> minute(@CommandBody MinuteItem command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/deferral")
    ResponseEntity<String> defer(@CommandBody DeferItem command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/withdrawal")
    ResponseEntity<String> withdraw(@CommandBody WithdrawItem command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/future-meeting-dates")
    ResponseEntity<String> futureDates(@CommandBody NoteFutureMeetingDates command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/noted")
    ResponseEntity<String> noted(@CommandBody RecordItemNoted command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-matters-arising")
    ResponseEntity<String> noMattersArising(@CommandBody RecordNoMattersArising command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-urgent-items")
    ResponseEntity<String> noUrgentItems(@CommandBody RecordNoUrgentItems command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/urgent")
    ResponseEntity<String> urgent(@CommandBody TakeUrgentItem command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/representations")
    ResponseEntity<String> representation(@CommandBody ReceiveRepresentation command) {
        return dispatch.meetingFact(command, command.meetingId(), command.representationId(), HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-representations")
    ResponseEntity<String> noRepresentations(@CommandBody RecordNoRepresentations command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }
}
