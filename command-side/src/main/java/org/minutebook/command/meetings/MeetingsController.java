package org.minutebook.command.meetings;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.QuerySideLinks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;
import java.util.UUID;

/** Translates the meeting resource's HTTP requests into commands; the rules live in {@link Meeting}. */
@RestController
@RequestMapping("/api/meetings")
class MeetingsController {

    private final CommandGateway commands;
    private final QuerySideLinks links;

    MeetingsController(CommandGateway commands, QuerySideLinks links) {
        this.commands = commands;
        this.links = links;
    }

    @PostMapping
    ResponseEntity<Recorded> schedule(@Valid @RequestBody ScheduleMeetingRequest request) {
        String meetingId = Optional.ofNullable(request.meetingId()).orElseGet(() -> UUID.randomUUID().toString());
        long version = commands.sendAndWait(request.toCommand(meetingId));
        return Recorded.created(links.meeting(meetingId), meetingId, version);
    }
}
