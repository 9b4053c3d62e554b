package org.minutebook.command.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.http.MockHttpOutputMessage;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clerk of the Children and Families committee records an apology; the answer that it was recorded is the JSON
 * it always was, and says how long it is, so it goes out whole rather than in chunks.
 */
class AnsweringACommandTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final RecordedAnswers answers = new RecordedAnswers(json);

    @Test
    void theAnswerIsJacksonsJsonWithItsLength() throws Exception {
        Recorded apology = new Recorded("cfosc-2021-11-02", 7, null,
                URI.create("http://localhost:8082/api/meetings/cfosc-2021-11-02"));
        MockHttpOutputMessage sent = new MockHttpOutputMessage();

        answers.write(apology, MediaType.APPLICATION_JSON, sent);

        assertThat(sent.getBodyAsBytes()).isEqualTo(json.writeValueAsBytes(apology));
        assertThat(sent.getHeaders().getContentLength()).isEqualTo(sent.getBodyAsBytes().length);
        assertThat(sent.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    }

    @Test
    void onlyAnAnswerIsWrittenSoAnyOtherBodyKeepsJackson() {
        assertThat(answers.canWrite(Recorded.class, MediaType.APPLICATION_JSON)).isTrue();
        assertThat(answers.canWrite(ProblemDetailsProbe.class, MediaType.APPLICATION_JSON)).isFalse();
        assertThat(answers.canRead(Recorded.class, MediaType.APPLICATION_JSON)).isFalse();
    }

    private record ProblemDetailsProbe(String title) {
    }
}
