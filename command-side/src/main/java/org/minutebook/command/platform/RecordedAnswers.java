package org.minutebook.command.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Writes a command's answer ({@link Recorded}) as the same JSON the application's Jackson writes, with its length.
 * Jackson's own converter flushes the body before it knows the length, so Tomcat answered every command in chunks:
 * one socket write for the headers and body, a second for the closing chunk (docs/performance.md, "Where the time
 * goes: the command side"). Knowing the length, the answer goes out in one write and the client reads no chunking.
 */
@Component
class RecordedAnswers extends AbstractHttpMessageConverter<Recorded> {

    private final ObjectMapper json;

    RecordedAnswers(ObjectMapper json) {
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Recorded.class == type;
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false; // an answer, never a request's body
    }

    @Override
    protected Recorded readInternal(Class<? extends Recorded> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("An answer is never read", input);
    }

    @Override
    protected void writeInternal(Recorded recorded, HttpOutputMessage output) throws IOException {
        byte[] body = json.writeValueAsBytes(recorded);
        // set before the body is asked for: the servlet response writes its headers then
        output.getHeaders().setContentLength(body.length);
        output.getBody().write(body);
    }
}
