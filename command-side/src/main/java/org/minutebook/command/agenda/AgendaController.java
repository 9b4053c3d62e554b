package org.minutebook.command.agenda;

import org.springframework.web.bind.annotation.PutMapping;
import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<String> add(@CommandBody AddAgendaItem command) {
        return dispatch.meetingFact(command, command.meetingId(), command.itemId(), HttpStatus.CREATED);
    }

    @PutMapping("/{meetingId}/agenda/items/{itemId}")
    ResponseEntity<String> amend(@CommandBody AmendAgendaItem command) {
        return dispatch.meetingFact(command, command.meetingId(), command.itemId(), HttpStatus.OK);
    }

    @PostMapping("/{meetingId}/agenda/publication")
    ResponseEntity<String> publish(@CommandBody PublishAgenda command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.OK);
    }

    @PostMapping("/{meetingId}/agenda/order")
    ResponseEntity<String> reorder(@CommandBody ReorderAgenda command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.OK);
    }
}
