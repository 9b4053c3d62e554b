package org.minutebook.command.platform;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every answer that a fact was recorded carries the record's version as its {@code ETag} (to send back as
 * {@code If-Match}) and where the query side serves the record as its {@code Location}; the controllers return
 * only the {@link Recorded} and declare their status, so the API description reads both from one place.
 */
@ControllerAdvice
class RecordedHeaders implements ResponseBodyAdvice<Recorded> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return Recorded.class.equals(returnType.getParameterType());
    }

    @Override
    public Recorded beforeBodyWrite(Recorded recorded, MethodParameter returnType, MediaType contentType,
                                    Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                    ServerHttpResponse response) {
        if (recorded != null) {
            HttpHeaders headers = response.getHeaders();
            headers.setETag("\"" + recorded.version() + "\"");
            headers.setLocation(recorded.location());
        }
        return recorded;
    }
}
