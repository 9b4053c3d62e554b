package org.minutebook.command.business;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
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
    Recorded announcement(@CommandBody Sent<MakeChairsAnnouncement> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/petitions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded petition(@CommandBody Sent<ReceivePetition> sent) {
        return dispatch.meetingFact(sent, sent.command().petitionId());
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-petitions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noPetitions(@CommandBody Sent<RecordNoPetitions> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded report(@CommandBody Sent<RecordReportConsidered> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/minute")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded minute(@CommandBody Sent<MinuteItem> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/deferral")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded defer(@CommandBody Sent<DeferItem> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/withdrawal")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded withdraw(@CommandBody Sent<WithdrawItem> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/future-meeting-dates")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded futureDates(@CommandBody Sent<NoteFutureMeetingDates> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/noted")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noted(@CommandBody Sent<RecordItemNoted> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-matters-arising")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noMattersArising(@CommandBody Sent<RecordNoMattersArising> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-urgent-items")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noUrgentItems(@CommandBody Sent<RecordNoUrgentItems> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/urgent")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded urgent(@CommandBody Sent<TakeUrgentItem> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/representations")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded representation(@CommandBody Sent<ReceiveRepresentation> sent) {
        return dispatch.meetingFact(sent, sent.command().representationId());
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-representations")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noRepresentations(@CommandBody Sent<RecordNoRepresentations> sent) {
        return dispatch.meetingFact(sent);
    }
}
