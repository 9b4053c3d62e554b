package org.minutebook.command.business;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    @ResponseStatus(HttpStatus.CREATED)
    Recorded announcement(@CommandBody MakeChairsAnnouncement command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/items/{itemId}/petitions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded petition(@CommandBody ReceivePetition command) {
        return dispatch.meetingFact(command, command.meetingId(), command.petitionId());
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-petitions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noPetitions(@CommandBody RecordNoPetitions command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/items/{itemId}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded report(@CommandBody RecordReportConsidered command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/items/{itemId}/minute")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded minute(@CommandBody MinuteItem command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/items/{itemId}/deferral")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded defer(@CommandBody DeferItem command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/items/{itemId}/withdrawal")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded withdraw(@CommandBody WithdrawItem command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/items/{itemId}/future-meeting-dates")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded futureDates(@CommandBody NoteFutureMeetingDates command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/items/{itemId}/noted")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noted(@CommandBody RecordItemNoted command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-matters-arising")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noMattersArising(@CommandBody RecordNoMattersArising command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-urgent-items")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noUrgentItems(@CommandBody RecordNoUrgentItems command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/items/{itemId}/urgent")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded urgent(@CommandBody TakeUrgentItem command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/items/{itemId}/representations")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded representation(@CommandBody ReceiveRepresentation command) {
        return dispatch.meetingFact(command, command.meetingId(), command.representationId());
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-representations")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noRepresentations(@CommandBody RecordNoRepresentations command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }
}
