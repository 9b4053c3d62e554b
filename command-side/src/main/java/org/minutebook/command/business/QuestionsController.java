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

/** Questions to a meeting, their answers and promised written replies, over HTTP. */
@RestController
@RequestMapping("/api/meetings")
class QuestionsController {

    private final CommandDispatch dispatch;

    QuestionsController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping("/{meetingId}/items/{itemId}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded ask(@CommandBody Sent<AskQuestion> sent) {
        return dispatch.meetingFact(sent, sent.command().questionId());
    }

    @PostMapping("/{meetingId}/items/{itemId}/no-questions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noQuestions(@CommandBody Sent<RecordNoQuestions> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/questions/{questionId}/answer")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded answer(@CommandBody Sent<AnswerQuestion> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/questions/{questionId}/supplementary")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded supplementary(@CommandBody Sent<AskSupplementaryQuestion> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/questions/{questionId}/supplementary/answer")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded supplementaryAnswer(@CommandBody Sent<AnswerSupplementaryQuestion> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/questions/{questionId}/written-reply-promise")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded writtenReply(@CommandBody Sent<PromiseWrittenReply> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/questions/{questionId}/written-reply")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded writtenReplySent(@CommandBody Sent<RecordWrittenReplySent> sent) {
        return dispatch.meetingFact(sent);
    }
}
