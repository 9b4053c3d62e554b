package org.minutebook.query.platform;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** Writes a rendered answer as it was rendered: its JSON bytes, nothing decoded or written again. */
@Component
class RenderedAnswerConverter extends AbstractHttpMessageConverter<RenderedAnswer> {

    RenderedAnswerConverter() {
        super(MediaType.APPLICATION_JSON);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return RenderedAnswer.class.equals(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected RenderedAnswer readInternal(Class<? extends RenderedAnswer> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("A rendered answer is only written", input);
    }

    @Override
    protected Long getContentLength(RenderedAnswer answer, MediaType contentType) {
        return (long) answer.json().length;
    }

    @Override
    protected void writeInternal(RenderedAnswer answer, HttpOutputMessage output) throws IOException {
        output.getBody().write(answer.json());
    }
}
