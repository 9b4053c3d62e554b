package org.minutebook.command.platform;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.MeetingRules;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting of 29 September 2020 opened at 5.30pm; a clerk's form says it closed at 5.00pm. The refusal names the
 * rule and the field it is about, so the form shows "close-before-start" beside "closed at"; a rule about the
 * record as a whole names no field; a form sent on a stale version is told the version to read again.
 */
class RefusalsNameTheFieldTest {

    private static final RuleViolation CLOSE_BEFORE_START = MeetingRules.CLOSE_BEFORE_START.broken(
            "The meeting cannot close at 5.00pm, before it opened at 5.30pm").at("closedAt");

    private final MockMvc http = MockMvcBuilders.standaloneSetup(new Refusing())
            .setControllerAdvice(new ProblemDetails()).build();

    @Test
    void aBrokenRuleNamesTheFieldItIsAbout() throws Exception {
        http.perform(post("/closing").contentType(MediaType.APPLICATION_JSON).content("{\"closedAt\": \"17:00\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://minutebook.org/problems/close-before-start"))
                .andExpect(jsonPath("$.rule").value("close-before-start"))
                .andExpect(jsonPath("$.field").value("closedAt"));
    }

    @Test
    void aBrokenRuleWrappedByAxonStillNamesItsField() throws Exception {
        http.perform(post("/closing-wrapped").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.rule").value("close-before-start"))
                .andExpect(jsonPath("$.field").value("closedAt"));
    }

    @Test
    void aRuleOfTheRecordAsAWholeNamesNoField() throws Exception {
        http.perform(post("/closing-again").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("meeting-already-closed"))
                .andExpect(jsonPath("$.field").doesNotExist());
    }

    @Test
    void aStaleVersionIsToldTheVersionTheRecordIsAt() throws Exception {
        http.perform(post("/closing-stale").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("concurrent-change"))
                .andExpect(jsonPath("$.currentVersion").value(5));
    }

    /** Answers as the meetings' controller does when the meeting refuses the close. */
    @RestController
    static class Refusing {

        @PostMapping("/closing")
        void close() {
            throw CLOSE_BEFORE_START;
        }

        @PostMapping("/closing-wrapped")
        void closeThroughABus() {
            throw new CommandExecutionException("Command failed", CLOSE_BEFORE_START, null);
        }

        @PostMapping("/closing-stale")
        void closeOnAStaleVersion() {
            throw new CommandExecutionException("Command failed",
                    new ConflictingAggregateVersionException("cyps-2020-09-29", 3, 5), null);
        }

        @PostMapping("/closing-again")
        void closeAgain() {
            throw MeetingRules.MEETING_ALREADY_CLOSED.broken("Meeting cyps-2020-09-29 is already closed");
        }
    }
}
