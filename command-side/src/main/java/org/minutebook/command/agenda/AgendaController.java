package org.minutebook.command.agenda;

import org.springframework.web.bind.annotation.PutMapping;
import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A meeting's agenda over HTTP. */
@RestController
@RequestMapping("/api/meetings")
class AgendaController {

    private final CommandDispatch dispatch;

    AgendaController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping("/{meetingId}/agenda/items")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded add(@CommandBody Sent<AddAgendaItem> sent) {
        return dispatch.meetingFact(sent, sent.command().itemId());
    }

    @PutMapping("/{meetingId}/agenda/items/{itemId}")
    Recorded amend(@CommandBody Sent<AmendAgendaItem> sent) {
        return dispatch.meetingFact(sent, sent.command().itemId());
    }

    @PostMapping("/{meetingId}/agenda/publication")
    Recorded publish(@CommandBody Sent<PublishAgenda> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/agenda/order")
    Recorded reorder(@CommandBody Sent<ReorderAgenda> sent) {
        return dispatch.meetingFact(sent);
    }
}
