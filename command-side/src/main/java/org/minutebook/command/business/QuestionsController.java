package org.minutebook.command.business;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Questions to a meeting, their answers and promised written replies, over HTTP. */
@RestController
@RequestMapping("/api/meetings")
class QuestionsController {

    private final CommandDispatch dispatch;

    QuestionsController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping("/{meetingId}/items/{itemId}/questions")
    ResponseEntity<String> ask(@CommandBody AskQuestion command) {
        return dispatch.meetingFact(command, command.meetingId(), command.questionId(), HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-questions")
    ResponseEntity<String> noQuestions(@CommandBody RecordNoQuestions command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/questions/{questionId}/answer")
    ResponseEntity<String> answer(@CommandBody AnswerQuestion command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/questions/{questionId}/supplementary")
    ResponseEntity<String> supplementary(@CommandBody AskSupplementaryQuestion command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/questions/{questionId}/supplementary/answer")
    ResponseEntity<String> supplementaryAnswer(@CommandBody AnswerSupplementaryQuestion command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/questions/{questionId}/written-reply-promise")
    ResponseEntity<String> writtenReply(@CommandBody PromiseWrittenReply command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/questions/{questionId}/written-reply")
    ResponseEntity<String> writtenReplySent(@CommandBody RecordWrittenReplySent command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }
}
